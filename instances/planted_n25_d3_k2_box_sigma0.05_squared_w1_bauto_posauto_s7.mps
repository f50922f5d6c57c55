NAME        milp_relu
ROWS
 N  Obj     
 G  relu_ge_pre_0
 G  relu_ge_pre_1
 G  relu_ge_pre_2
 G  relu_ge_pre_3
 G  relu_ge_pre_4
 G  relu_ge_pre_5
 G  relu_ge_pre_6
 G  relu_ge_pre_7
 G  relu_ge_pre_8
 G  relu_ge_pre_9
 G  relu_ge_pre_10
 G  relu_ge_pre_11
 G  relu_ge_pre_12
 G  relu_ge_pre_13
 G  relu_ge_pre_14
 G  relu_ge_pre_15
 G  relu_ge_pre_16
 G  relu_ge_pre_17
 G  relu_ge_pre_18
 G  relu_ge_pre_19
 G  relu_ge_pre_20
 G  relu_ge_pre_21
 G  relu_ge_pre_22
 G  relu_ge_pre_23
 G  relu_ge_pre_24
 G  relu_ge_pre_25
 G  relu_ge_pre_26
 G  relu_ge_pre_27
 G  relu_ge_pre_28
 G  relu_ge_pre_29
 G  relu_ge_pre_30
 G  relu_ge_pre_31
 G  relu_ge_pre_32
 G  relu_ge_pre_33
 G  relu_ge_pre_34
 G  relu_ge_pre_35
 G  relu_ge_pre_36
 G  relu_ge_pre_37
 G  relu_ge_pre_38
 G  relu_ge_pre_39
 G  relu_ge_pre_40
 G  relu_ge_pre_41
 G  relu_ge_pre_42
 G  relu_ge_pre_43
 G  relu_ge_pre_44
 G  relu_ge_pre_45
 G  relu_ge_pre_46
 G  relu_ge_pre_47
 G  relu_ge_pre_48
 G  relu_ge_pre_49
 L  relu_le_pre_0
 L  relu_le_pre_1
 L  relu_le_pre_2
 L  relu_le_pre_3
 L  relu_le_pre_4
 L  relu_le_pre_5
 L  relu_le_pre_6
 L  relu_le_pre_7
 L  relu_le_pre_8
 L  relu_le_pre_9
 L  relu_le_pre_10
 L  relu_le_pre_11
 L  relu_le_pre_12
 L  relu_le_pre_13
 L  relu_le_pre_14
 L  relu_le_pre_15
 L  relu_le_pre_16
 L  relu_le_pre_17
 L  relu_le_pre_18
 L  relu_le_pre_19
 L  relu_le_pre_20
 L  relu_le_pre_21
 L  relu_le_pre_22
 L  relu_le_pre_23
 L  relu_le_pre_24
 L  relu_le_pre_25
 L  relu_le_pre_26
 L  relu_le_pre_27
 L  relu_le_pre_28
 L  relu_le_pre_29
 L  relu_le_pre_30
 L  relu_le_pre_31
 L  relu_le_pre_32
 L  relu_le_pre_33
 L  relu_le_pre_34
 L  relu_le_pre_35
 L  relu_le_pre_36
 L  relu_le_pre_37
 L  relu_le_pre_38
 L  relu_le_pre_39
 L  relu_le_pre_40
 L  relu_le_pre_41
 L  relu_le_pre_42
 L  relu_le_pre_43
 L  relu_le_pre_44
 L  relu_le_pre_45
 L  relu_le_pre_46
 L  relu_le_pre_47
 L  relu_le_pre_48
 L  relu_le_pre_49
 L  relu_le_onoff_0
 L  relu_le_onoff_1
 L  relu_le_onoff_2
 L  relu_le_onoff_3
 L  relu_le_onoff_4
 L  relu_le_onoff_5
 L  relu_le_onoff_6
 L  relu_le_onoff_7
 L  relu_le_onoff_8
 L  relu_le_onoff_9
 L  relu_le_onoff_10
 L  relu_le_onoff_11
 L  relu_le_onoff_12
 L  relu_le_onoff_13
 L  relu_le_onoff_14
 L  relu_le_onoff_15
 L  relu_le_onoff_16
 L  relu_le_onoff_17
 L  relu_le_onoff_18
 L  relu_le_onoff_19
 L  relu_le_onoff_20
 L  relu_le_onoff_21
 L  relu_le_onoff_22
 L  relu_le_onoff_23
 L  relu_le_onoff_24
 L  relu_le_onoff_25
 L  relu_le_onoff_26
 L  relu_le_onoff_27
 L  relu_le_onoff_28
 L  relu_le_onoff_29
 L  relu_le_onoff_30
 L  relu_le_onoff_31
 L  relu_le_onoff_32
 L  relu_le_onoff_33
 L  relu_le_onoff_34
 L  relu_le_onoff_35
 L  relu_le_onoff_36
 L  relu_le_onoff_37
 L  relu_le_onoff_38
 L  relu_le_onoff_39
 L  relu_le_onoff_40
 L  relu_le_onoff_41
 L  relu_le_onoff_42
 L  relu_le_onoff_43
 L  relu_le_onoff_44
 L  relu_le_onoff_45
 L  relu_le_onoff_46
 L  relu_le_onoff_47
 L  relu_le_onoff_48
 L  relu_le_onoff_49
 L  prod_le_h_0
 L  prod_le_h_1
 L  prod_le_h_2
 L  prod_le_h_3
 L  prod_le_h_4
 L  prod_le_h_5
 L  prod_le_h_6
 L  prod_le_h_7
 L  prod_le_h_8
 L  prod_le_h_9
 L  prod_le_h_10
 L  prod_le_h_11
 L  prod_le_h_12
 L  prod_le_h_13
 L  prod_le_h_14
 L  prod_le_h_15
 L  prod_le_h_16
 L  prod_le_h_17
 L  prod_le_h_18
 L  prod_le_h_19
 L  prod_le_h_20
 L  prod_le_h_21
 L  prod_le_h_22
 L  prod_le_h_23
 L  prod_le_h_24
 L  prod_le_h_25
 L  prod_le_h_26
 L  prod_le_h_27
 L  prod_le_h_28
 L  prod_le_h_29
 L  prod_le_h_30
 L  prod_le_h_31
 L  prod_le_h_32
 L  prod_le_h_33
 L  prod_le_h_34
 L  prod_le_h_35
 L  prod_le_h_36
 L  prod_le_h_37
 L  prod_le_h_38
 L  prod_le_h_39
 L  prod_le_h_40
 L  prod_le_h_41
 L  prod_le_h_42
 L  prod_le_h_43
 L  prod_le_h_44
 L  prod_le_h_45
 L  prod_le_h_46
 L  prod_le_h_47
 L  prod_le_h_48
 L  prod_le_h_49
 L  prod_le_sign_0
 L  prod_le_sign_1
 L  prod_le_sign_2
 L  prod_le_sign_3
 L  prod_le_sign_4
 L  prod_le_sign_5
 L  prod_le_sign_6
 L  prod_le_sign_7
 L  prod_le_sign_8
 L  prod_le_sign_9
 L  prod_le_sign_10
 L  prod_le_sign_11
 L  prod_le_sign_12
 L  prod_le_sign_13
 L  prod_le_sign_14
 L  prod_le_sign_15
 L  prod_le_sign_16
 L  prod_le_sign_17
 L  prod_le_sign_18
 L  prod_le_sign_19
 L  prod_le_sign_20
 L  prod_le_sign_21
 L  prod_le_sign_22
 L  prod_le_sign_23
 L  prod_le_sign_24
 L  prod_le_sign_25
 L  prod_le_sign_26
 L  prod_le_sign_27
 L  prod_le_sign_28
 L  prod_le_sign_29
 L  prod_le_sign_30
 L  prod_le_sign_31
 L  prod_le_sign_32
 L  prod_le_sign_33
 L  prod_le_sign_34
 L  prod_le_sign_35
 L  prod_le_sign_36
 L  prod_le_sign_37
 L  prod_le_sign_38
 L  prod_le_sign_39
 L  prod_le_sign_40
 L  prod_le_sign_41
 L  prod_le_sign_42
 L  prod_le_sign_43
 L  prod_le_sign_44
 L  prod_le_sign_45
 L  prod_le_sign_46
 L  prod_le_sign_47
 L  prod_le_sign_48
 L  prod_le_sign_49
 G  prod_ge_0
 G  prod_ge_1
 G  prod_ge_2
 G  prod_ge_3
 G  prod_ge_4
 G  prod_ge_5
 G  prod_ge_6
 G  prod_ge_7
 G  prod_ge_8
 G  prod_ge_9
 G  prod_ge_10
 G  prod_ge_11
 G  prod_ge_12
 G  prod_ge_13
 G  prod_ge_14
 G  prod_ge_15
 G  prod_ge_16
 G  prod_ge_17
 G  prod_ge_18
 G  prod_ge_19
 G  prod_ge_20
 G  prod_ge_21
 G  prod_ge_22
 G  prod_ge_23
 G  prod_ge_24
 G  prod_ge_25
 G  prod_ge_26
 G  prod_ge_27
 G  prod_ge_28
 G  prod_ge_29
 G  prod_ge_30
 G  prod_ge_31
 G  prod_ge_32
 G  prod_ge_33
 G  prod_ge_34
 G  prod_ge_35
 G  prod_ge_36
 G  prod_ge_37
 G  prod_ge_38
 G  prod_ge_39
 G  prod_ge_40
 G  prod_ge_41
 G  prod_ge_42
 G  prod_ge_43
 G  prod_ge_44
 G  prod_ge_45
 G  prod_ge_46
 G  prod_ge_47
 G  prod_ge_48
 G  prod_ge_49
 E  residual_0
 E  residual_1
 E  residual_2
 E  residual_3
 E  residual_4
 E  residual_5
 E  residual_6
 E  residual_7
 E  residual_8
 E  residual_9
 E  residual_10
 E  residual_11
 E  residual_12
 E  residual_13
 E  residual_14
 E  residual_15
 E  residual_16
 E  residual_17
 E  residual_18
 E  residual_19
 E  residual_20
 E  residual_21
 E  residual_22
 E  residual_23
 E  residual_24
 G  symmetry_sign_0
 G  symmetry_bias_0
COLUMNS
    W_0_0     relu_ge_pre_0  0.39393514636137295
    W_0_0     relu_ge_pre_2  0.10984738823470686
    W_0_0     relu_ge_pre_4  -0.99100056686878535
    W_0_0     relu_ge_pre_6  -0.97792029536376979
    W_0_0     relu_ge_pre_8  -0.22507920854606156
    W_0_0     relu_ge_pre_10  -0.029777640542740569
    W_0_0     relu_ge_pre_12  -0.25845250898202088
    W_0_0     relu_ge_pre_14  0.50497015594533834
    W_0_0     relu_ge_pre_16  -0.38406424176367837
    W_0_0     relu_ge_pre_18  0.99253151589584809
    W_0_0     relu_ge_pre_20  0.46480139087242911
    W_0_0     relu_ge_pre_22  -0.69430049273173866
    W_0_0     relu_ge_pre_24  0.81700878987390868
    W_0_0     relu_ge_pre_26  -0.74267875338576128
    W_0_0     relu_ge_pre_28  0.88149671530899276
    W_0_0     relu_ge_pre_30  0.69960054185909626
    W_0_0     relu_ge_pre_32  -0.95749576882244325
    W_0_0     relu_ge_pre_34  -0.27599316157666443
    W_0_0     relu_ge_pre_36  0.11937306562362493
    W_0_0     relu_ge_pre_38  0.80659181213650877
    W_0_0     relu_ge_pre_40  -0.34353032522256988
    W_0_0     relu_ge_pre_42  -0.32442947667690758
    W_0_0     relu_ge_pre_44  -0.88989634228995906
    W_0_0     relu_ge_pre_46  0.70908009247814618
    W_0_0     relu_ge_pre_48  -0.10465297533452755
    W_0_0     relu_le_pre_0  0.39393514636137295
    W_0_0     relu_le_pre_2  0.10984738823470686
    W_0_0     relu_le_pre_4  -0.99100056686878535
    W_0_0     relu_le_pre_6  -0.97792029536376979
    W_0_0     relu_le_pre_8  -0.22507920854606156
    W_0_0     relu_le_pre_10  -0.029777640542740569
    W_0_0     relu_le_pre_12  -0.25845250898202088
    W_0_0     relu_le_pre_14  0.50497015594533834
    W_0_0     relu_le_pre_16  -0.38406424176367837
    W_0_0     relu_le_pre_18  0.99253151589584809
    W_0_0     relu_le_pre_20  0.46480139087242911
    W_0_0     relu_le_pre_22  -0.69430049273173866
    W_0_0     relu_le_pre_24  0.81700878987390868
    W_0_0     relu_le_pre_26  -0.74267875338576128
    W_0_0     relu_le_pre_28  0.88149671530899276
    W_0_0     relu_le_pre_30  0.69960054185909626
    W_0_0     relu_le_pre_32  -0.95749576882244325
    W_0_0     relu_le_pre_34  -0.27599316157666443
    W_0_0     relu_le_pre_36  0.11937306562362493
    W_0_0     relu_le_pre_38  0.80659181213650877
    W_0_0     relu_le_pre_40  -0.34353032522256988
    W_0_0     relu_le_pre_42  -0.32442947667690758
    W_0_0     relu_le_pre_44  -0.88989634228995906
    W_0_0     relu_le_pre_46  0.70908009247814618
    W_0_0     relu_le_pre_48  -0.10465297533452755
    W_0_1     relu_ge_pre_0  0.44314877579845335
    W_0_1     relu_ge_pre_2  -0.009096517915906599
    W_0_1     relu_ge_pre_4  -0.58532383842750613
    W_0_1     relu_ge_pre_6  0.5693826035288021
    W_0_1     relu_ge_pre_8  0.91211598407723327
    W_0_1     relu_ge_pre_10  0.067587949349421805
    W_0_1     relu_ge_pre_12  -0.028235293199027733
    W_0_1     relu_ge_pre_14  0.97641194891498828
    W_0_1     relu_ge_pre_16  0.59878655202600961
    W_0_1     relu_ge_pre_18  -0.66009545960349114
    W_0_1     relu_ge_pre_20  -0.76066430796165729
    W_0_1     relu_ge_pre_22  -0.27943433388505245
    W_0_1     relu_ge_pre_24  -0.082287642752977508
    W_0_1     relu_ge_pre_26  0.27747188197168482
    W_0_1     relu_ge_pre_28  0.2247363977785426
    W_0_1     relu_ge_pre_30  -0.63267620763815136
    W_0_1     relu_ge_pre_32  -0.17998338602122055
    W_0_1     relu_ge_pre_34  -0.35290048762557658
    W_0_1     relu_ge_pre_36  0.52087207634095334
    W_0_1     relu_ge_pre_38  -0.93565610209764283
    W_0_1     relu_ge_pre_40  0.39915983704185942
    W_0_1     relu_ge_pre_42  0.73676836838338855
    W_0_1     relu_ge_pre_44  -0.8078335763918536
    W_0_1     relu_ge_pre_46  0.61507301006333526
    W_0_1     relu_ge_pre_48  0.63889500310217673
    W_0_1     relu_le_pre_0  0.44314877579845335
    W_0_1     relu_le_pre_2  -0.009096517915906599
    W_0_1     relu_le_pre_4  -0.58532383842750613
    W_0_1     relu_le_pre_6  0.5693826035288021
    W_0_1     relu_le_pre_8  0.91211598407723327
    W_0_1     relu_le_pre_10  0.067587949349421805
    W_0_1     relu_le_pre_12  -0.028235293199027733
    W_0_1     relu_le_pre_14  0.97641194891498828
    W_0_1     relu_le_pre_16  0.59878655202600961
    W_0_1     relu_le_pre_18  -0.66009545960349114
    W_0_1     relu_le_pre_20  -0.76066430796165729
    W_0_1     relu_le_pre_22  -0.27943433388505245
    W_0_1     relu_le_pre_24  -0.082287642752977508
    W_0_1     relu_le_pre_26  0.27747188197168482
    W_0_1     relu_le_pre_28  0.2247363977785426
    W_0_1     relu_le_pre_30  -0.63267620763815136
    W_0_1     relu_le_pre_32  -0.17998338602122055
    W_0_1     relu_le_pre_34  -0.35290048762557658
    W_0_1     relu_le_pre_36  0.52087207634095334
    W_0_1     relu_le_pre_38  -0.93565610209764283
    W_0_1     relu_le_pre_40  0.39915983704185942
    W_0_1     relu_le_pre_42  0.73676836838338855
    W_0_1     relu_le_pre_44  -0.8078335763918536
    W_0_1     relu_le_pre_46  0.61507301006333526
    W_0_1     relu_le_pre_48  0.63889500310217673
    W_0_2     relu_ge_pre_0  0.49026082469175081
    W_0_2     relu_ge_pre_2  -0.10699470414898493
    W_0_2     relu_ge_pre_4  -0.24435845888232532
    W_0_2     relu_ge_pre_6  0.6795759322843109
    W_0_2     relu_ge_pre_8  0.92863944245280772
    W_0_2     relu_ge_pre_10  -0.83433554638570451
    W_0_2     relu_ge_pre_12  0.0062531292129914817
    W_0_2     relu_ge_pre_14  0.61519571202937873
    W_0_2     relu_ge_pre_16  0.26092737879558658
    W_0_2     relu_ge_pre_18  0.69107783787712029
    W_0_2     relu_ge_pre_20  -0.019581619736846356
    W_0_2     relu_ge_pre_22  -0.48354189472371423
    W_0_2     relu_ge_pre_24  -0.01554447260069991
    W_0_2     relu_ge_pre_26  -0.19636813441442613
    W_0_2     relu_ge_pre_28  0.3539273074835867
    W_0_2     relu_ge_pre_30  0.24110765689937508
    W_0_2     relu_ge_pre_32  -0.21011250765970257
    W_0_2     relu_ge_pre_34  0.69842396166326259
    W_0_2     relu_ge_pre_36  0.19500340379203673
    W_0_2     relu_ge_pre_38  0.56999192528823994
    W_0_2     relu_ge_pre_40  -0.74815405229900889
    W_0_2     relu_ge_pre_42  -0.69014864174910584
    W_0_2     relu_ge_pre_44  -0.13943829571855448
    W_0_2     relu_ge_pre_46  -0.85581136948904879
    W_0_2     relu_ge_pre_48  -0.76811378839293987
    W_0_2     relu_le_pre_0  0.49026082469175081
    W_0_2     relu_le_pre_2  -0.10699470414898493
    W_0_2     relu_le_pre_4  -0.24435845888232532
    W_0_2     relu_le_pre_6  0.6795759322843109
    W_0_2     relu_le_pre_8  0.92863944245280772
    W_0_2     relu_le_pre_10  -0.83433554638570451
    W_0_2     relu_le_pre_12  0.0062531292129914817
    W_0_2     relu_le_pre_14  0.61519571202937873
    W_0_2     relu_le_pre_16  0.26092737879558658
    W_0_2     relu_le_pre_18  0.69107783787712029
    W_0_2     relu_le_pre_20  -0.019581619736846356
    W_0_2     relu_le_pre_22  -0.48354189472371423
    W_0_2     relu_le_pre_24  -0.01554447260069991
    W_0_2     relu_le_pre_26  -0.19636813441442613
    W_0_2     relu_le_pre_28  0.3539273074835867
    W_0_2     relu_le_pre_30  0.24110765689937508
    W_0_2     relu_le_pre_32  -0.21011250765970257
    W_0_2     relu_le_pre_34  0.69842396166326259
    W_0_2     relu_le_pre_36  0.19500340379203673
    W_0_2     relu_le_pre_38  0.56999192528823994
    W_0_2     relu_le_pre_40  -0.74815405229900889
    W_0_2     relu_le_pre_42  -0.69014864174910584
    W_0_2     relu_le_pre_44  -0.13943829571855448
    W_0_2     relu_le_pre_46  -0.85581136948904879
    W_0_2     relu_le_pre_48  -0.76811378839293987
    W_1_0     relu_ge_pre_1  0.39393514636137295
    W_1_0     relu_ge_pre_3  0.10984738823470686
    W_1_0     relu_ge_pre_5  -0.99100056686878535
    W_1_0     relu_ge_pre_7  -0.97792029536376979
    W_1_0     relu_ge_pre_9  -0.22507920854606156
    W_1_0     relu_ge_pre_11  -0.029777640542740569
    W_1_0     relu_ge_pre_13  -0.25845250898202088
    W_1_0     relu_ge_pre_15  0.50497015594533834
    W_1_0     relu_ge_pre_17  -0.38406424176367837
    W_1_0     relu_ge_pre_19  0.99253151589584809
    W_1_0     relu_ge_pre_21  0.46480139087242911
    W_1_0     relu_ge_pre_23  -0.69430049273173866
    W_1_0     relu_ge_pre_25  0.81700878987390868
    W_1_0     relu_ge_pre_27  -0.74267875338576128
    W_1_0     relu_ge_pre_29  0.88149671530899276
    W_1_0     relu_ge_pre_31  0.69960054185909626
    W_1_0     relu_ge_pre_33  -0.95749576882244325
    W_1_0     relu_ge_pre_35  -0.27599316157666443
    W_1_0     relu_ge_pre_37  0.11937306562362493
    W_1_0     relu_ge_pre_39  0.80659181213650877
    W_1_0     relu_ge_pre_41  -0.34353032522256988
    W_1_0     relu_ge_pre_43  -0.32442947667690758
    W_1_0     relu_ge_pre_45  -0.88989634228995906
    W_1_0     relu_ge_pre_47  0.70908009247814618
    W_1_0     relu_ge_pre_49  -0.10465297533452755
    W_1_0     relu_le_pre_1  0.39393514636137295
    W_1_0     relu_le_pre_3  0.10984738823470686
    W_1_0     relu_le_pre_5  -0.99100056686878535
    W_1_0     relu_le_pre_7  -0.97792029536376979
    W_1_0     relu_le_pre_9  -0.22507920854606156
    W_1_0     relu_le_pre_11  -0.029777640542740569
    W_1_0     relu_le_pre_13  -0.25845250898202088
    W_1_0     relu_le_pre_15  0.50497015594533834
    W_1_0     relu_le_pre_17  -0.38406424176367837
    W_1_0     relu_le_pre_19  0.99253151589584809
    W_1_0     relu_le_pre_21  0.46480139087242911
    W_1_0     relu_le_pre_23  -0.69430049273173866
    W_1_0     relu_le_pre_25  0.81700878987390868
    W_1_0     relu_le_pre_27  -0.74267875338576128
    W_1_0     relu_le_pre_29  0.88149671530899276
    W_1_0     relu_le_pre_31  0.69960054185909626
    W_1_0     relu_le_pre_33  -0.95749576882244325
    W_1_0     relu_le_pre_35  -0.27599316157666443
    W_1_0     relu_le_pre_37  0.11937306562362493
    W_1_0     relu_le_pre_39  0.80659181213650877
    W_1_0     relu_le_pre_41  -0.34353032522256988
    W_1_0     relu_le_pre_43  -0.32442947667690758
    W_1_0     relu_le_pre_45  -0.88989634228995906
    W_1_0     relu_le_pre_47  0.70908009247814618
    W_1_0     relu_le_pre_49  -0.10465297533452755
    W_1_1     relu_ge_pre_1  0.44314877579845335
    W_1_1     relu_ge_pre_3  -0.009096517915906599
    W_1_1     relu_ge_pre_5  -0.58532383842750613
    W_1_1     relu_ge_pre_7  0.5693826035288021
    W_1_1     relu_ge_pre_9  0.91211598407723327
    W_1_1     relu_ge_pre_11  0.067587949349421805
    W_1_1     relu_ge_pre_13  -0.028235293199027733
    W_1_1     relu_ge_pre_15  0.97641194891498828
    W_1_1     relu_ge_pre_17  0.59878655202600961
    W_1_1     relu_ge_pre_19  -0.66009545960349114
    W_1_1     relu_ge_pre_21  -0.76066430796165729
    W_1_1     relu_ge_pre_23  -0.27943433388505245
    W_1_1     relu_ge_pre_25  -0.082287642752977508
    W_1_1     relu_ge_pre_27  0.27747188197168482
    W_1_1     relu_ge_pre_29  0.2247363977785426
    W_1_1     relu_ge_pre_31  -0.63267620763815136
    W_1_1     relu_ge_pre_33  -0.17998338602122055
    W_1_1     relu_ge_pre_35  -0.35290048762557658
    W_1_1     relu_ge_pre_37  0.52087207634095334
    W_1_1     relu_ge_pre_39  -0.93565610209764283
    W_1_1     relu_ge_pre_41  0.39915983704185942
    W_1_1     relu_ge_pre_43  0.73676836838338855
    W_1_1     relu_ge_pre_45  -0.8078335763918536
    W_1_1     relu_ge_pre_47  0.61507301006333526
    W_1_1     relu_ge_pre_49  0.63889500310217673
    W_1_1     relu_le_pre_1  0.44314877579845335
    W_1_1     relu_le_pre_3  -0.009096517915906599
    W_1_1     relu_le_pre_5  -0.58532383842750613
    W_1_1     relu_le_pre_7  0.5693826035288021
    W_1_1     relu_le_pre_9  0.91211598407723327
    W_1_1     relu_le_pre_11  0.067587949349421805
    W_1_1     relu_le_pre_13  -0.028235293199027733
    W_1_1     relu_le_pre_15  0.97641194891498828
    W_1_1     relu_le_pre_17  0.59878655202600961
    W_1_1     relu_le_pre_19  -0.66009545960349114
    W_1_1     relu_le_pre_21  -0.76066430796165729
    W_1_1     relu_le_pre_23  -0.27943433388505245
    W_1_1     relu_le_pre_25  -0.082287642752977508
    W_1_1     relu_le_pre_27  0.27747188197168482
    W_1_1     relu_le_pre_29  0.2247363977785426
    W_1_1     relu_le_pre_31  -0.63267620763815136
    W_1_1     relu_le_pre_33  -0.17998338602122055
    W_1_1     relu_le_pre_35  -0.35290048762557658
    W_1_1     relu_le_pre_37  0.52087207634095334
    W_1_1     relu_le_pre_39  -0.93565610209764283
    W_1_1     relu_le_pre_41  0.39915983704185942
    W_1_1     relu_le_pre_43  0.73676836838338855
    W_1_1     relu_le_pre_45  -0.8078335763918536
    W_1_1     relu_le_pre_47  0.61507301006333526
    W_1_1     relu_le_pre_49  0.63889500310217673
    W_1_2     relu_ge_pre_1  0.49026082469175081
    W_1_2     relu_ge_pre_3  -0.10699470414898493
    W_1_2     relu_ge_pre_5  -0.24435845888232532
    W_1_2     relu_ge_pre_7  0.6795759322843109
    W_1_2     relu_ge_pre_9  0.92863944245280772
    W_1_2     relu_ge_pre_11  -0.83433554638570451
    W_1_2     relu_ge_pre_13  0.0062531292129914817
    W_1_2     relu_ge_pre_15  0.61519571202937873
    W_1_2     relu_ge_pre_17  0.26092737879558658
    W_1_2     relu_ge_pre_19  0.69107783787712029
    W_1_2     relu_ge_pre_21  -0.019581619736846356
    W_1_2     relu_ge_pre_23  -0.48354189472371423
    W_1_2     relu_ge_pre_25  -0.01554447260069991
    W_1_2     relu_ge_pre_27  -0.19636813441442613
    W_1_2     relu_ge_pre_29  0.3539273074835867
    W_1_2     relu_ge_pre_31  0.24110765689937508
    W_1_2     relu_ge_pre_33  -0.21011250765970257
    W_1_2     relu_ge_pre_35  0.69842396166326259
    W_1_2     relu_ge_pre_37  0.19500340379203673
    W_1_2     relu_ge_pre_39  0.56999192528823994
    W_1_2     relu_ge_pre_41  -0.74815405229900889
    W_1_2     relu_ge_pre_43  -0.69014864174910584
    W_1_2     relu_ge_pre_45  -0.13943829571855448
    W_1_2     relu_ge_pre_47  -0.85581136948904879
    W_1_2     relu_ge_pre_49  -0.76811378839293987
    W_1_2     relu_le_pre_1  0.49026082469175081
    W_1_2     relu_le_pre_3  -0.10699470414898493
    W_1_2     relu_le_pre_5  -0.24435845888232532
    W_1_2     relu_le_pre_7  0.6795759322843109
    W_1_2     relu_le_pre_9  0.92863944245280772
    W_1_2     relu_le_pre_11  -0.83433554638570451
    W_1_2     relu_le_pre_13  0.0062531292129914817
    W_1_2     relu_le_pre_15  0.61519571202937873
    W_1_2     relu_le_pre_17  0.26092737879558658
    W_1_2     relu_le_pre_19  0.69107783787712029
    W_1_2     relu_le_pre_21  -0.019581619736846356
    W_1_2     relu_le_pre_23  -0.48354189472371423
    W_1_2     relu_le_pre_25  -0.01554447260069991
    W_1_2     relu_le_pre_27  -0.19636813441442613
    W_1_2     relu_le_pre_29  0.3539273074835867
    W_1_2     relu_le_pre_31  0.24110765689937508
    W_1_2     relu_le_pre_33  -0.21011250765970257
    W_1_2     relu_le_pre_35  0.69842396166326259
    W_1_2     relu_le_pre_37  0.19500340379203673
    W_1_2     relu_le_pre_39  0.56999192528823994
    W_1_2     relu_le_pre_41  -0.74815405229900889
    W_1_2     relu_le_pre_43  -0.69014864174910584
    W_1_2     relu_le_pre_45  -0.13943829571855448
    W_1_2     relu_le_pre_47  -0.85581136948904879
    W_1_2     relu_le_pre_49  -0.76811378839293987
    b_0       relu_ge_pre_0  -1
    b_0       relu_ge_pre_2  -1
    b_0       relu_ge_pre_4  -1
    b_0       relu_ge_pre_6  -1
    b_0       relu_ge_pre_8  -1
    b_0       relu_ge_pre_10  -1
    b_0       relu_ge_pre_12  -1
    b_0       relu_ge_pre_14  -1
    b_0       relu_ge_pre_16  -1
    b_0       relu_ge_pre_18  -1
    b_0       relu_ge_pre_20  -1
    b_0       relu_ge_pre_22  -1
    b_0       relu_ge_pre_24  -1
    b_0       relu_ge_pre_26  -1
    b_0       relu_ge_pre_28  -1
    b_0       relu_ge_pre_30  -1
    b_0       relu_ge_pre_32  -1
    b_0       relu_ge_pre_34  -1
    b_0       relu_ge_pre_36  -1
    b_0       relu_ge_pre_38  -1
    b_0       relu_ge_pre_40  -1
    b_0       relu_ge_pre_42  -1
    b_0       relu_ge_pre_44  -1
    b_0       relu_ge_pre_46  -1
    b_0       relu_ge_pre_48  -1
    b_0       relu_le_pre_0  -1
    b_0       relu_le_pre_2  -1
    b_0       relu_le_pre_4  -1
    b_0       relu_le_pre_6  -1
    b_0       relu_le_pre_8  -1
    b_0       relu_le_pre_10  -1
    b_0       relu_le_pre_12  -1
    b_0       relu_le_pre_14  -1
    b_0       relu_le_pre_16  -1
    b_0       relu_le_pre_18  -1
    b_0       relu_le_pre_20  -1
    b_0       relu_le_pre_22  -1
    b_0       relu_le_pre_24  -1
    b_0       relu_le_pre_26  -1
    b_0       relu_le_pre_28  -1
    b_0       relu_le_pre_30  -1
    b_0       relu_le_pre_32  -1
    b_0       relu_le_pre_34  -1
    b_0       relu_le_pre_36  -1
    b_0       relu_le_pre_38  -1
    b_0       relu_le_pre_40  -1
    b_0       relu_le_pre_42  -1
    b_0       relu_le_pre_44  -1
    b_0       relu_le_pre_46  -1
    b_0       relu_le_pre_48  -1
    b_0       symmetry_bias_0  1
    b_1       relu_ge_pre_1  -1
    b_1       relu_ge_pre_3  -1
    b_1       relu_ge_pre_5  -1
    b_1       relu_ge_pre_7  -1
    b_1       relu_ge_pre_9  -1
    b_1       relu_ge_pre_11  -1
    b_1       relu_ge_pre_13  -1
    b_1       relu_ge_pre_15  -1
    b_1       relu_ge_pre_17  -1
    b_1       relu_ge_pre_19  -1
    b_1       relu_ge_pre_21  -1
    b_1       relu_ge_pre_23  -1
    b_1       relu_ge_pre_25  -1
    b_1       relu_ge_pre_27  -1
    b_1       relu_ge_pre_29  -1
    b_1       relu_ge_pre_31  -1
    b_1       relu_ge_pre_33  -1
    b_1       relu_ge_pre_35  -1
    b_1       relu_ge_pre_37  -1
    b_1       relu_ge_pre_39  -1
    b_1       relu_ge_pre_41  -1
    b_1       relu_ge_pre_43  -1
    b_1       relu_ge_pre_45  -1
    b_1       relu_ge_pre_47  -1
    b_1       relu_ge_pre_49  -1
    b_1       relu_le_pre_1  -1
    b_1       relu_le_pre_3  -1
    b_1       relu_le_pre_5  -1
    b_1       relu_le_pre_7  -1
    b_1       relu_le_pre_9  -1
    b_1       relu_le_pre_11  -1
    b_1       relu_le_pre_13  -1
    b_1       relu_le_pre_15  -1
    b_1       relu_le_pre_17  -1
    b_1       relu_le_pre_19  -1
    b_1       relu_le_pre_21  -1
    b_1       relu_le_pre_23  -1
    b_1       relu_le_pre_25  -1
    b_1       relu_le_pre_27  -1
    b_1       relu_le_pre_29  -1
    b_1       relu_le_pre_31  -1
    b_1       relu_le_pre_33  -1
    b_1       relu_le_pre_35  -1
    b_1       relu_le_pre_37  -1
    b_1       relu_le_pre_39  -1
    b_1       relu_le_pre_41  -1
    b_1       relu_le_pre_43  -1
    b_1       relu_le_pre_45  -1
    b_1       relu_le_pre_47  -1
    b_1       relu_le_pre_49  -1
    b_1       symmetry_bias_0  -1
    h_0_0     relu_ge_pre_0  1
    h_0_0     relu_le_pre_0  1
    h_0_0     relu_le_onoff_0  1
    h_0_0     prod_le_h_0  -1
    h_0_0     prod_ge_0  -1
    h_0_0     residual_0  -1
    h_0_1     relu_ge_pre_1  1
    h_0_1     relu_le_pre_1  1
    h_0_1     relu_le_onoff_1  1
    h_0_1     prod_le_h_1  -1
    h_0_1     prod_ge_1  -1
    h_0_1     residual_0  -1
    h_1_0     relu_ge_pre_2  1
    h_1_0     relu_le_pre_2  1
    h_1_0     relu_le_onoff_2  1
    h_1_0     prod_le_h_2  -1
    h_1_0     prod_ge_2  -1
    h_1_0     residual_1  -1
    h_1_1     relu_ge_pre_3  1
    h_1_1     relu_le_pre_3  1
    h_1_1     relu_le_onoff_3  1
    h_1_1     prod_le_h_3  -1
    h_1_1     prod_ge_3  -1
    h_1_1     residual_1  -1
    h_2_0     relu_ge_pre_4  1
    h_2_0     relu_le_pre_4  1
    h_2_0     relu_le_onoff_4  1
    h_2_0     prod_le_h_4  -1
    h_2_0     prod_ge_4  -1
    h_2_0     residual_2  -1
    h_2_1     relu_ge_pre_5  1
    h_2_1     relu_le_pre_5  1
    h_2_1     relu_le_onoff_5  1
    h_2_1     prod_le_h_5  -1
    h_2_1     prod_ge_5  -1
    h_2_1     residual_2  -1
    h_3_0     relu_ge_pre_6  1
    h_3_0     relu_le_pre_6  1
    h_3_0     relu_le_onoff_6  1
    h_3_0     prod_le_h_6  -1
    h_3_0     prod_ge_6  -1
    h_3_0     residual_3  -1
    h_3_1     relu_ge_pre_7  1
    h_3_1     relu_le_pre_7  1
    h_3_1     relu_le_onoff_7  1
    h_3_1     prod_le_h_7  -1
    h_3_1     prod_ge_7  -1
    h_3_1     residual_3  -1
    h_4_0     relu_ge_pre_8  1
    h_4_0     relu_le_pre_8  1
    h_4_0     relu_le_onoff_8  1
    h_4_0     prod_le_h_8  -1
    h_4_0     prod_ge_8  -1
    h_4_0     residual_4  -1
    h_4_1     relu_ge_pre_9  1
    h_4_1     relu_le_pre_9  1
    h_4_1     relu_le_onoff_9  1
    h_4_1     prod_le_h_9  -1
    h_4_1     prod_ge_9  -1
    h_4_1     residual_4  -1
    h_5_0     relu_ge_pre_10  1
    h_5_0     relu_le_pre_10  1
    h_5_0     relu_le_onoff_10  1
    h_5_0     prod_le_h_10  -1
    h_5_0     prod_ge_10  -1
    h_5_0     residual_5  -1
    h_5_1     relu_ge_pre_11  1
    h_5_1     relu_le_pre_11  1
    h_5_1     relu_le_onoff_11  1
    h_5_1     prod_le_h_11  -1
    h_5_1     prod_ge_11  -1
    h_5_1     residual_5  -1
    h_6_0     relu_ge_pre_12  1
    h_6_0     relu_le_pre_12  1
    h_6_0     relu_le_onoff_12  1
    h_6_0     prod_le_h_12  -1
    h_6_0     prod_ge_12  -1
    h_6_0     residual_6  -1
    h_6_1     relu_ge_pre_13  1
    h_6_1     relu_le_pre_13  1
    h_6_1     relu_le_onoff_13  1
    h_6_1     prod_le_h_13  -1
    h_6_1     prod_ge_13  -1
    h_6_1     residual_6  -1
    h_7_0     relu_ge_pre_14  1
    h_7_0     relu_le_pre_14  1
    h_7_0     relu_le_onoff_14  1
    h_7_0     prod_le_h_14  -1
    h_7_0     prod_ge_14  -1
    h_7_0     residual_7  -1
    h_7_1     relu_ge_pre_15  1
    h_7_1     relu_le_pre_15  1
    h_7_1     relu_le_onoff_15  1
    h_7_1     prod_le_h_15  -1
    h_7_1     prod_ge_15  -1
    h_7_1     residual_7  -1
    h_8_0     relu_ge_pre_16  1
    h_8_0     relu_le_pre_16  1
    h_8_0     relu_le_onoff_16  1
    h_8_0     prod_le_h_16  -1
    h_8_0     prod_ge_16  -1
    h_8_0     residual_8  -1
    h_8_1     relu_ge_pre_17  1
    h_8_1     relu_le_pre_17  1
    h_8_1     relu_le_onoff_17  1
    h_8_1     prod_le_h_17  -1
    h_8_1     prod_ge_17  -1
    h_8_1     residual_8  -1
    h_9_0     relu_ge_pre_18  1
    h_9_0     relu_le_pre_18  1
    h_9_0     relu_le_onoff_18  1
    h_9_0     prod_le_h_18  -1
    h_9_0     prod_ge_18  -1
    h_9_0     residual_9  -1
    h_9_1     relu_ge_pre_19  1
    h_9_1     relu_le_pre_19  1
    h_9_1     relu_le_onoff_19  1
    h_9_1     prod_le_h_19  -1
    h_9_1     prod_ge_19  -1
    h_9_1     residual_9  -1
    h_10_0    relu_ge_pre_20  1
    h_10_0    relu_le_pre_20  1
    h_10_0    relu_le_onoff_20  1
    h_10_0    prod_le_h_20  -1
    h_10_0    prod_ge_20  -1
    h_10_0    residual_10  -1
    h_10_1    relu_ge_pre_21  1
    h_10_1    relu_le_pre_21  1
    h_10_1    relu_le_onoff_21  1
    h_10_1    prod_le_h_21  -1
    h_10_1    prod_ge_21  -1
    h_10_1    residual_10  -1
    h_11_0    relu_ge_pre_22  1
    h_11_0    relu_le_pre_22  1
    h_11_0    relu_le_onoff_22  1
    h_11_0    prod_le_h_22  -1
    h_11_0    prod_ge_22  -1
    h_11_0    residual_11  -1
    h_11_1    relu_ge_pre_23  1
    h_11_1    relu_le_pre_23  1
    h_11_1    relu_le_onoff_23  1
    h_11_1    prod_le_h_23  -1
    h_11_1    prod_ge_23  -1
    h_11_1    residual_11  -1
    h_12_0    relu_ge_pre_24  1
    h_12_0    relu_le_pre_24  1
    h_12_0    relu_le_onoff_24  1
    h_12_0    prod_le_h_24  -1
    h_12_0    prod_ge_24  -1
    h_12_0    residual_12  -1
    h_12_1    relu_ge_pre_25  1
    h_12_1    relu_le_pre_25  1
    h_12_1    relu_le_onoff_25  1
    h_12_1    prod_le_h_25  -1
    h_12_1    prod_ge_25  -1
    h_12_1    residual_12  -1
    h_13_0    relu_ge_pre_26  1
    h_13_0    relu_le_pre_26  1
    h_13_0    relu_le_onoff_26  1
    h_13_0    prod_le_h_26  -1
    h_13_0    prod_ge_26  -1
    h_13_0    residual_13  -1
    h_13_1    relu_ge_pre_27  1
    h_13_1    relu_le_pre_27  1
    h_13_1    relu_le_onoff_27  1
    h_13_1    prod_le_h_27  -1
    h_13_1    prod_ge_27  -1
    h_13_1    residual_13  -1
    h_14_0    relu_ge_pre_28  1
    h_14_0    relu_le_pre_28  1
    h_14_0    relu_le_onoff_28  1
    h_14_0    prod_le_h_28  -1
    h_14_0    prod_ge_28  -1
    h_14_0    residual_14  -1
    h_14_1    relu_ge_pre_29  1
    h_14_1    relu_le_pre_29  1
    h_14_1    relu_le_onoff_29  1
    h_14_1    prod_le_h_29  -1
    h_14_1    prod_ge_29  -1
    h_14_1    residual_14  -1
    h_15_0    relu_ge_pre_30  1
    h_15_0    relu_le_pre_30  1
    h_15_0    relu_le_onoff_30  1
    h_15_0    prod_le_h_30  -1
    h_15_0    prod_ge_30  -1
    h_15_0    residual_15  -1
    h_15_1    relu_ge_pre_31  1
    h_15_1    relu_le_pre_31  1
    h_15_1    relu_le_onoff_31  1
    h_15_1    prod_le_h_31  -1
    h_15_1    prod_ge_31  -1
    h_15_1    residual_15  -1
    h_16_0    relu_ge_pre_32  1
    h_16_0    relu_le_pre_32  1
    h_16_0    relu_le_onoff_32  1
    h_16_0    prod_le_h_32  -1
    h_16_0    prod_ge_32  -1
    h_16_0    residual_16  -1
    h_16_1    relu_ge_pre_33  1
    h_16_1    relu_le_pre_33  1
    h_16_1    relu_le_onoff_33  1
    h_16_1    prod_le_h_33  -1
    h_16_1    prod_ge_33  -1
    h_16_1    residual_16  -1
    h_17_0    relu_ge_pre_34  1
    h_17_0    relu_le_pre_34  1
    h_17_0    relu_le_onoff_34  1
    h_17_0    prod_le_h_34  -1
    h_17_0    prod_ge_34  -1
    h_17_0    residual_17  -1
    h_17_1    relu_ge_pre_35  1
    h_17_1    relu_le_pre_35  1
    h_17_1    relu_le_onoff_35  1
    h_17_1    prod_le_h_35  -1
    h_17_1    prod_ge_35  -1
    h_17_1    residual_17  -1
    h_18_0    relu_ge_pre_36  1
    h_18_0    relu_le_pre_36  1
    h_18_0    relu_le_onoff_36  1
    h_18_0    prod_le_h_36  -1
    h_18_0    prod_ge_36  -1
    h_18_0    residual_18  -1
    h_18_1    relu_ge_pre_37  1
    h_18_1    relu_le_pre_37  1
    h_18_1    relu_le_onoff_37  1
    h_18_1    prod_le_h_37  -1
    h_18_1    prod_ge_37  -1
    h_18_1    residual_18  -1
    h_19_0    relu_ge_pre_38  1
    h_19_0    relu_le_pre_38  1
    h_19_0    relu_le_onoff_38  1
    h_19_0    prod_le_h_38  -1
    h_19_0    prod_ge_38  -1
    h_19_0    residual_19  -1
    h_19_1    relu_ge_pre_39  1
    h_19_1    relu_le_pre_39  1
    h_19_1    relu_le_onoff_39  1
    h_19_1    prod_le_h_39  -1
    h_19_1    prod_ge_39  -1
    h_19_1    residual_19  -1
    h_20_0    relu_ge_pre_40  1
    h_20_0    relu_le_pre_40  1
    h_20_0    relu_le_onoff_40  1
    h_20_0    prod_le_h_40  -1
    h_20_0    prod_ge_40  -1
    h_20_0    residual_20  -1
    h_20_1    relu_ge_pre_41  1
    h_20_1    relu_le_pre_41  1
    h_20_1    relu_le_onoff_41  1
    h_20_1    prod_le_h_41  -1
    h_20_1    prod_ge_41  -1
    h_20_1    residual_20  -1
    h_21_0    relu_ge_pre_42  1
    h_21_0    relu_le_pre_42  1
    h_21_0    relu_le_onoff_42  1
    h_21_0    prod_le_h_42  -1
    h_21_0    prod_ge_42  -1
    h_21_0    residual_21  -1
    h_21_1    relu_ge_pre_43  1
    h_21_1    relu_le_pre_43  1
    h_21_1    relu_le_onoff_43  1
    h_21_1    prod_le_h_43  -1
    h_21_1    prod_ge_43  -1
    h_21_1    residual_21  -1
    h_22_0    relu_ge_pre_44  1
    h_22_0    relu_le_pre_44  1
    h_22_0    relu_le_onoff_44  1
    h_22_0    prod_le_h_44  -1
    h_22_0    prod_ge_44  -1
    h_22_0    residual_22  -1
    h_22_1    relu_ge_pre_45  1
    h_22_1    relu_le_pre_45  1
    h_22_1    relu_le_onoff_45  1
    h_22_1    prod_le_h_45  -1
    h_22_1    prod_ge_45  -1
    h_22_1    residual_22  -1
    h_23_0    relu_ge_pre_46  1
    h_23_0    relu_le_pre_46  1
    h_23_0    relu_le_onoff_46  1
    h_23_0    prod_le_h_46  -1
    h_23_0    prod_ge_46  -1
    h_23_0    residual_23  -1
    h_23_1    relu_ge_pre_47  1
    h_23_1    relu_le_pre_47  1
    h_23_1    relu_le_onoff_47  1
    h_23_1    prod_le_h_47  -1
    h_23_1    prod_ge_47  -1
    h_23_1    residual_23  -1
    h_24_0    relu_ge_pre_48  1
    h_24_0    relu_le_pre_48  1
    h_24_0    relu_le_onoff_48  1
    h_24_0    prod_le_h_48  -1
    h_24_0    prod_ge_48  -1
    h_24_0    residual_24  -1
    h_24_1    relu_ge_pre_49  1
    h_24_1    relu_le_pre_49  1
    h_24_1    relu_le_onoff_49  1
    h_24_1    prod_le_h_49  -1
    h_24_1    prod_ge_49  -1
    h_24_1    residual_24  -1
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  2.3273447468515771
    z_0_0     relu_le_onoff_0  -2.3273447468515771
    z_0_1     relu_le_pre_1  2.3273447468515771
    z_0_1     relu_le_onoff_1  -2.3273447468515771
    z_1_0     relu_le_pre_2  1.2259386102995984
    z_1_0     relu_le_onoff_2  -1.2259386102995984
    z_1_1     relu_le_pre_3  1.2259386102995984
    z_1_1     relu_le_onoff_3  -1.2259386102995984
    z_2_0     relu_le_pre_4  2.8206828641786168
    z_2_0     relu_le_onoff_4  -2.8206828641786168
    z_2_1     relu_le_pre_5  2.8206828641786168
    z_2_1     relu_le_onoff_5  -2.8206828641786168
    z_3_0     relu_le_pre_6  3.226878831176883
    z_3_0     relu_le_onoff_6  -3.226878831176883
    z_3_1     relu_le_pre_7  3.226878831176883
    z_3_1     relu_le_onoff_7  -3.226878831176883
    z_4_0     relu_le_pre_8  3.0658346350761025
    z_4_0     relu_le_onoff_8  -3.0658346350761025
    z_4_1     relu_le_pre_9  3.0658346350761025
    z_4_1     relu_le_onoff_9  -3.0658346350761025
    z_5_0     relu_le_pre_10  1.9317011362778669
    z_5_0     relu_le_onoff_10  -1.9317011362778669
    z_5_1     relu_le_pre_11  1.9317011362778669
    z_5_1     relu_le_onoff_11  -1.9317011362778669
    z_6_0     relu_le_pre_12  1.2929409313940401
    z_6_0     relu_le_onoff_12  -1.2929409313940401
    z_6_1     relu_le_pre_13  1.2929409313940401
    z_6_1     relu_le_onoff_13  -1.2929409313940401
    z_7_0     relu_le_pre_14  3.0965778168897051
    z_7_0     relu_le_onoff_14  -3.0965778168897051
    z_7_1     relu_le_pre_15  3.0965778168897051
    z_7_1     relu_le_onoff_15  -3.0965778168897051
    z_8_0     relu_le_pre_16  2.2437781725852748
    z_8_0     relu_le_onoff_16  -2.2437781725852748
    z_8_1     relu_le_pre_17  2.2437781725852748
    z_8_1     relu_le_onoff_17  -2.2437781725852748
    z_9_0     relu_le_pre_18  3.3437048133764593
    z_9_0     relu_le_onoff_18  -3.3437048133764593
    z_9_1     relu_le_pre_19  3.3437048133764593
    z_9_1     relu_le_onoff_19  -3.3437048133764593
    z_10_0    relu_le_pre_20  2.2450473185709328
    z_10_0    relu_le_onoff_20  -2.2450473185709328
    z_10_1    relu_le_pre_21  2.2450473185709328
    z_10_1    relu_le_onoff_21  -2.2450473185709328
    z_11_0    relu_le_pre_22  2.4572767213405053
    z_11_0    relu_le_onoff_22  -2.4572767213405053
    z_11_1    relu_le_pre_23  2.4572767213405053
    z_11_1    relu_le_onoff_23  -2.4572767213405053
    z_12_0    relu_le_pre_24  1.9148409052275861
    z_12_0    relu_le_onoff_24  -1.9148409052275861
    z_12_1    relu_le_pre_25  1.9148409052275861
    z_12_1    relu_le_onoff_25  -1.9148409052275861
    z_13_0    relu_le_pre_26  2.2165187697718722
    z_13_0    relu_le_onoff_26  -2.2165187697718722
    z_13_1    relu_le_pre_27  2.2165187697718722
    z_13_1    relu_le_onoff_27  -2.2165187697718722
    z_14_0    relu_le_pre_28  2.4601604205711221
    z_14_0    relu_le_onoff_28  -2.4601604205711221
    z_14_1    relu_le_pre_29  2.4601604205711221
    z_14_1    relu_le_onoff_29  -2.4601604205711221
    z_15_0    relu_le_pre_30  2.5733844063966229
    z_15_0    relu_le_onoff_30  -2.5733844063966229
    z_15_1    relu_le_pre_31  2.5733844063966229
    z_15_1    relu_le_onoff_31  -2.5733844063966229
    z_16_0    relu_le_pre_32  2.3475916625033664
    z_16_0    relu_le_onoff_32  -2.3475916625033664
    z_16_1    relu_le_pre_33  2.3475916625033664
    z_16_1    relu_le_onoff_33  -2.3475916625033664
    z_17_0    relu_le_pre_34  2.3273176108655038
    z_17_0    relu_le_onoff_34  -2.3273176108655038
    z_17_1    relu_le_pre_35  2.3273176108655038
    z_17_1    relu_le_onoff_35  -2.3273176108655038
    z_18_0    relu_le_pre_36  1.835248545756615
    z_18_0    relu_le_onoff_36  -1.835248545756615
    z_18_1    relu_le_pre_37  1.835248545756615
    z_18_1    relu_le_onoff_37  -1.835248545756615
    z_19_0    relu_le_pre_38  3.3122398395223915
    z_19_0    relu_le_onoff_38  -3.3122398395223915
    z_19_1    relu_le_pre_39  3.3122398395223915
    z_19_1    relu_le_onoff_39  -3.3122398395223915
    z_20_0    relu_le_pre_40  2.4908442145634382
    z_20_0    relu_le_onoff_40  -2.4908442145634382
    z_20_1    relu_le_pre_41  2.4908442145634382
    z_20_1    relu_le_onoff_41  -2.4908442145634382
    z_21_0    relu_le_pre_42  2.751346486809402
    z_21_0    relu_le_onoff_42  -2.751346486809402
    z_21_1    relu_le_pre_43  2.751346486809402
    z_21_1    relu_le_onoff_43  -2.751346486809402
    z_22_0    relu_le_pre_44  2.8371682144003669
    z_22_0    relu_le_onoff_44  -2.8371682144003669
    z_22_1    relu_le_pre_45  2.8371682144003669
    z_22_1    relu_le_onoff_45  -2.8371682144003669
    z_23_0    relu_le_pre_46  3.1799644720305302
    z_23_0    relu_le_onoff_46  -3.1799644720305302
    z_23_1    relu_le_pre_47  3.1799644720305302
    z_23_1    relu_le_onoff_47  -3.1799644720305302
    z_24_0    relu_le_pre_48  2.5116617668296444
    z_24_0    relu_le_onoff_48  -2.5116617668296444
    z_24_1    relu_le_pre_49  2.5116617668296444
    z_24_1    relu_le_onoff_49  -2.5116617668296444
    sgn_0     prod_le_sign_0  -2.3273447468515771
    sgn_0     prod_le_sign_2  -1.2259386102995984
    sgn_0     prod_le_sign_4  -2.8206828641786168
    sgn_0     prod_le_sign_6  -3.226878831176883
    sgn_0     prod_le_sign_8  -3.0658346350761025
    sgn_0     prod_le_sign_10  -1.9317011362778669
    sgn_0     prod_le_sign_12  -1.2929409313940401
    sgn_0     prod_le_sign_14  -3.0965778168897051
    sgn_0     prod_le_sign_16  -2.2437781725852748
    sgn_0     prod_le_sign_18  -3.3437048133764593
    sgn_0     prod_le_sign_20  -2.2450473185709328
    sgn_0     prod_le_sign_22  -2.4572767213405053
    sgn_0     prod_le_sign_24  -1.9148409052275861
    sgn_0     prod_le_sign_26  -2.2165187697718722
    sgn_0     prod_le_sign_28  -2.4601604205711221
    sgn_0     prod_le_sign_30  -2.5733844063966229
    sgn_0     prod_le_sign_32  -2.3475916625033664
    sgn_0     prod_le_sign_34  -2.3273176108655038
    sgn_0     prod_le_sign_36  -1.835248545756615
    sgn_0     prod_le_sign_38  -3.3122398395223915
    sgn_0     prod_le_sign_40  -2.4908442145634382
    sgn_0     prod_le_sign_42  -2.751346486809402
    sgn_0     prod_le_sign_44  -2.8371682144003669
    sgn_0     prod_le_sign_46  -3.1799644720305302
    sgn_0     prod_le_sign_48  -2.5116617668296444
    sgn_0     prod_ge_0  -2.3273447468515771
    sgn_0     prod_ge_2  -1.2259386102995984
    sgn_0     prod_ge_4  -2.8206828641786168
    sgn_0     prod_ge_6  -3.226878831176883
    sgn_0     prod_ge_8  -3.0658346350761025
    sgn_0     prod_ge_10  -1.9317011362778669
    sgn_0     prod_ge_12  -1.2929409313940401
    sgn_0     prod_ge_14  -3.0965778168897051
    sgn_0     prod_ge_16  -2.2437781725852748
    sgn_0     prod_ge_18  -3.3437048133764593
    sgn_0     prod_ge_20  -2.2450473185709328
    sgn_0     prod_ge_22  -2.4572767213405053
    sgn_0     prod_ge_24  -1.9148409052275861
    sgn_0     prod_ge_26  -2.2165187697718722
    sgn_0     prod_ge_28  -2.4601604205711221
    sgn_0     prod_ge_30  -2.5733844063966229
    sgn_0     prod_ge_32  -2.3475916625033664
    sgn_0     prod_ge_34  -2.3273176108655038
    sgn_0     prod_ge_36  -1.835248545756615
    sgn_0     prod_ge_38  -3.3122398395223915
    sgn_0     prod_ge_40  -2.4908442145634382
    sgn_0     prod_ge_42  -2.751346486809402
    sgn_0     prod_ge_44  -2.8371682144003669
    sgn_0     prod_ge_46  -3.1799644720305302
    sgn_0     prod_ge_48  -2.5116617668296444
    sgn_0     symmetry_sign_0  1
    sgn_0     symmetry_bias_0  2
    sgn_1     prod_le_sign_1  -2.3273447468515771
    sgn_1     prod_le_sign_3  -1.2259386102995984
    sgn_1     prod_le_sign_5  -2.8206828641786168
    sgn_1     prod_le_sign_7  -3.226878831176883
    sgn_1     prod_le_sign_9  -3.0658346350761025
    sgn_1     prod_le_sign_11  -1.9317011362778669
    sgn_1     prod_le_sign_13  -1.2929409313940401
    sgn_1     prod_le_sign_15  -3.0965778168897051
    sgn_1     prod_le_sign_17  -2.2437781725852748
    sgn_1     prod_le_sign_19  -3.3437048133764593
    sgn_1     prod_le_sign_21  -2.2450473185709328
    sgn_1     prod_le_sign_23  -2.4572767213405053
    sgn_1     prod_le_sign_25  -1.9148409052275861
    sgn_1     prod_le_sign_27  -2.2165187697718722
    sgn_1     prod_le_sign_29  -2.4601604205711221
    sgn_1     prod_le_sign_31  -2.5733844063966229
    sgn_1     prod_le_sign_33  -2.3475916625033664
    sgn_1     prod_le_sign_35  -2.3273176108655038
    sgn_1     prod_le_sign_37  -1.835248545756615
    sgn_1     prod_le_sign_39  -3.3122398395223915
    sgn_1     prod_le_sign_41  -2.4908442145634382
    sgn_1     prod_le_sign_43  -2.751346486809402
    sgn_1     prod_le_sign_45  -2.8371682144003669
    sgn_1     prod_le_sign_47  -3.1799644720305302
    sgn_1     prod_le_sign_49  -2.5116617668296444
    sgn_1     prod_ge_1  -2.3273447468515771
    sgn_1     prod_ge_3  -1.2259386102995984
    sgn_1     prod_ge_5  -2.8206828641786168
    sgn_1     prod_ge_7  -3.226878831176883
    sgn_1     prod_ge_9  -3.0658346350761025
    sgn_1     prod_ge_11  -1.9317011362778669
    sgn_1     prod_ge_13  -1.2929409313940401
    sgn_1     prod_ge_15  -3.0965778168897051
    sgn_1     prod_ge_17  -2.2437781725852748
    sgn_1     prod_ge_19  -3.3437048133764593
    sgn_1     prod_ge_21  -2.2450473185709328
    sgn_1     prod_ge_23  -2.4572767213405053
    sgn_1     prod_ge_25  -1.9148409052275861
    sgn_1     prod_ge_27  -2.2165187697718722
    sgn_1     prod_ge_29  -2.4601604205711221
    sgn_1     prod_ge_31  -2.5733844063966229
    sgn_1     prod_ge_33  -2.3475916625033664
    sgn_1     prod_ge_35  -2.3273176108655038
    sgn_1     prod_ge_37  -1.835248545756615
    sgn_1     prod_ge_39  -3.3122398395223915
    sgn_1     prod_ge_41  -2.4908442145634382
    sgn_1     prod_ge_43  -2.751346486809402
    sgn_1     prod_ge_45  -2.8371682144003669
    sgn_1     prod_ge_47  -3.1799644720305302
    sgn_1     prod_ge_49  -2.5116617668296444
    sgn_1     symmetry_sign_0  -1
    sgn_1     symmetry_bias_0  -2
    MARK0001  'MARKER'                 'INTEND'
    g_0_0     prod_le_h_0  1
    g_0_0     prod_le_sign_0  1
    g_0_0     prod_ge_0  1
    g_0_0     residual_0  2
    g_0_1     prod_le_h_1  1
    g_0_1     prod_le_sign_1  1
    g_0_1     prod_ge_1  1
    g_0_1     residual_0  2
    g_1_0     prod_le_h_2  1
    g_1_0     prod_le_sign_2  1
    g_1_0     prod_ge_2  1
    g_1_0     residual_1  2
    g_1_1     prod_le_h_3  1
    g_1_1     prod_le_sign_3  1
    g_1_1     prod_ge_3  1
    g_1_1     residual_1  2
    g_2_0     prod_le_h_4  1
    g_2_0     prod_le_sign_4  1
    g_2_0     prod_ge_4  1
    g_2_0     residual_2  2
    g_2_1     prod_le_h_5  1
    g_2_1     prod_le_sign_5  1
    g_2_1     prod_ge_5  1
    g_2_1     residual_2  2
    g_3_0     prod_le_h_6  1
    g_3_0     prod_le_sign_6  1
    g_3_0     prod_ge_6  1
    g_3_0     residual_3  2
    g_3_1     prod_le_h_7  1
    g_3_1     prod_le_sign_7  1
    g_3_1     prod_ge_7  1
    g_3_1     residual_3  2
    g_4_0     prod_le_h_8  1
    g_4_0     prod_le_sign_8  1
    g_4_0     prod_ge_8  1
    g_4_0     residual_4  2
    g_4_1     prod_le_h_9  1
    g_4_1     prod_le_sign_9  1
    g_4_1     prod_ge_9  1
    g_4_1     residual_4  2
    g_5_0     prod_le_h_10  1
    g_5_0     prod_le_sign_10  1
    g_5_0     prod_ge_10  1
    g_5_0     residual_5  2
    g_5_1     prod_le_h_11  1
    g_5_1     prod_le_sign_11  1
    g_5_1     prod_ge_11  1
    g_5_1     residual_5  2
    g_6_0     prod_le_h_12  1
    g_6_0     prod_le_sign_12  1
    g_6_0     prod_ge_12  1
    g_6_0     residual_6  2
    g_6_1     prod_le_h_13  1
    g_6_1     prod_le_sign_13  1
    g_6_1     prod_ge_13  1
    g_6_1     residual_6  2
    g_7_0     prod_le_h_14  1
    g_7_0     prod_le_sign_14  1
    g_7_0     prod_ge_14  1
    g_7_0     residual_7  2
    g_7_1     prod_le_h_15  1
    g_7_1     prod_le_sign_15  1
    g_7_1     prod_ge_15  1
    g_7_1     residual_7  2
    g_8_0     prod_le_h_16  1
    g_8_0     prod_le_sign_16  1
    g_8_0     prod_ge_16  1
    g_8_0     residual_8  2
    g_8_1     prod_le_h_17  1
    g_8_1     prod_le_sign_17  1
    g_8_1     prod_ge_17  1
    g_8_1     residual_8  2
    g_9_0     prod_le_h_18  1
    g_9_0     prod_le_sign_18  1
    g_9_0     prod_ge_18  1
    g_9_0     residual_9  2
    g_9_1     prod_le_h_19  1
    g_9_1     prod_le_sign_19  1
    g_9_1     prod_ge_19  1
    g_9_1     residual_9  2
    g_10_0    prod_le_h_20  1
    g_10_0    prod_le_sign_20  1
    g_10_0    prod_ge_20  1
    g_10_0    residual_10  2
    g_10_1    prod_le_h_21  1
    g_10_1    prod_le_sign_21  1
    g_10_1    prod_ge_21  1
    g_10_1    residual_10  2
    g_11_0    prod_le_h_22  1
    g_11_0    prod_le_sign_22  1
    g_11_0    prod_ge_22  1
    g_11_0    residual_11  2
    g_11_1    prod_le_h_23  1
    g_11_1    prod_le_sign_23  1
    g_11_1    prod_ge_23  1
    g_11_1    residual_11  2
    g_12_0    prod_le_h_24  1
    g_12_0    prod_le_sign_24  1
    g_12_0    prod_ge_24  1
    g_12_0    residual_12  2
    g_12_1    prod_le_h_25  1
    g_12_1    prod_le_sign_25  1
    g_12_1    prod_ge_25  1
    g_12_1    residual_12  2
    g_13_0    prod_le_h_26  1
    g_13_0    prod_le_sign_26  1
    g_13_0    prod_ge_26  1
    g_13_0    residual_13  2
    g_13_1    prod_le_h_27  1
    g_13_1    prod_le_sign_27  1
    g_13_1    prod_ge_27  1
    g_13_1    residual_13  2
    g_14_0    prod_le_h_28  1
    g_14_0    prod_le_sign_28  1
    g_14_0    prod_ge_28  1
    g_14_0    residual_14  2
    g_14_1    prod_le_h_29  1
    g_14_1    prod_le_sign_29  1
    g_14_1    prod_ge_29  1
    g_14_1    residual_14  2
    g_15_0    prod_le_h_30  1
    g_15_0    prod_le_sign_30  1
    g_15_0    prod_ge_30  1
    g_15_0    residual_15  2
    g_15_1    prod_le_h_31  1
    g_15_1    prod_le_sign_31  1
    g_15_1    prod_ge_31  1
    g_15_1    residual_15  2
    g_16_0    prod_le_h_32  1
    g_16_0    prod_le_sign_32  1
    g_16_0    prod_ge_32  1
    g_16_0    residual_16  2
    g_16_1    prod_le_h_33  1
    g_16_1    prod_le_sign_33  1
    g_16_1    prod_ge_33  1
    g_16_1    residual_16  2
    g_17_0    prod_le_h_34  1
    g_17_0    prod_le_sign_34  1
    g_17_0    prod_ge_34  1
    g_17_0    residual_17  2
    g_17_1    prod_le_h_35  1
    g_17_1    prod_le_sign_35  1
    g_17_1    prod_ge_35  1
    g_17_1    residual_17  2
    g_18_0    prod_le_h_36  1
    g_18_0    prod_le_sign_36  1
    g_18_0    prod_ge_36  1
    g_18_0    residual_18  2
    g_18_1    prod_le_h_37  1
    g_18_1    prod_le_sign_37  1
    g_18_1    prod_ge_37  1
    g_18_1    residual_18  2
    g_19_0    prod_le_h_38  1
    g_19_0    prod_le_sign_38  1
    g_19_0    prod_ge_38  1
    g_19_0    residual_19  2
    g_19_1    prod_le_h_39  1
    g_19_1    prod_le_sign_39  1
    g_19_1    prod_ge_39  1
    g_19_1    residual_19  2
    g_20_0    prod_le_h_40  1
    g_20_0    prod_le_sign_40  1
    g_20_0    prod_ge_40  1
    g_20_0    residual_20  2
    g_20_1    prod_le_h_41  1
    g_20_1    prod_le_sign_41  1
    g_20_1    prod_ge_41  1
    g_20_1    residual_20  2
    g_21_0    prod_le_h_42  1
    g_21_0    prod_le_sign_42  1
    g_21_0    prod_ge_42  1
    g_21_0    residual_21  2
    g_21_1    prod_le_h_43  1
    g_21_1    prod_le_sign_43  1
    g_21_1    prod_ge_43  1
    g_21_1    residual_21  2
    g_22_0    prod_le_h_44  1
    g_22_0    prod_le_sign_44  1
    g_22_0    prod_ge_44  1
    g_22_0    residual_22  2
    g_22_1    prod_le_h_45  1
    g_22_1    prod_le_sign_45  1
    g_22_1    prod_ge_45  1
    g_22_1    residual_22  2
    g_23_0    prod_le_h_46  1
    g_23_0    prod_le_sign_46  1
    g_23_0    prod_ge_46  1
    g_23_0    residual_23  2
    g_23_1    prod_le_h_47  1
    g_23_1    prod_le_sign_47  1
    g_23_1    prod_ge_47  1
    g_23_1    residual_23  2
    g_24_0    prod_le_h_48  1
    g_24_0    prod_le_sign_48  1
    g_24_0    prod_ge_48  1
    g_24_0    residual_24  2
    g_24_1    prod_le_h_49  1
    g_24_1    prod_le_sign_49  1
    g_24_1    prod_ge_49  1
    g_24_1    residual_24  2
    r_0       residual_0  -1
    r_1       residual_1  -1
    r_2       residual_2  -1
    r_3       residual_3  -1
    r_4       residual_4  -1
    r_5       residual_5  -1
    r_6       residual_6  -1
    r_7       residual_7  -1
    r_8       residual_8  -1
    r_9       residual_9  -1
    r_10      residual_10  -1
    r_11      residual_11  -1
    r_12      residual_12  -1
    r_13      residual_13  -1
    r_14      residual_14  -1
    r_15      residual_15  -1
    r_16      residual_16  -1
    r_17      residual_17  -1
    r_18      residual_18  -1
    r_19      residual_19  -1
    r_20      residual_20  -1
    r_21      residual_21  -1
    r_22      residual_22  -1
    r_23      residual_23  -1
    r_24      residual_24  -1
RHS
    RHS_V     relu_le_pre_0  2.3273447468515771
    RHS_V     relu_le_pre_1  2.3273447468515771
    RHS_V     relu_le_pre_2  1.2259386102995984
    RHS_V     relu_le_pre_3  1.2259386102995984
    RHS_V     relu_le_pre_4  2.8206828641786168
    RHS_V     relu_le_pre_5  2.8206828641786168
    RHS_V     relu_le_pre_6  3.226878831176883
    RHS_V     relu_le_pre_7  3.226878831176883
    RHS_V     relu_le_pre_8  3.0658346350761025
    RHS_V     relu_le_pre_9  3.0658346350761025
    RHS_V     relu_le_pre_10  1.9317011362778669
    RHS_V     relu_le_pre_11  1.9317011362778669
    RHS_V     relu_le_pre_12  1.2929409313940401
    RHS_V     relu_le_pre_13  1.2929409313940401
    RHS_V     relu_le_pre_14  3.0965778168897051
    RHS_V     relu_le_pre_15  3.0965778168897051
    RHS_V     relu_le_pre_16  2.2437781725852748
    RHS_V     relu_le_pre_17  2.2437781725852748
    RHS_V     relu_le_pre_18  3.3437048133764593
    RHS_V     relu_le_pre_19  3.3437048133764593
    RHS_V     relu_le_pre_20  2.2450473185709328
    RHS_V     relu_le_pre_21  2.2450473185709328
    RHS_V     relu_le_pre_22  2.4572767213405053
    RHS_V     relu_le_pre_23  2.4572767213405053
    RHS_V     relu_le_pre_24  1.9148409052275861
    RHS_V     relu_le_pre_25  1.9148409052275861
    RHS_V     relu_le_pre_26  2.2165187697718722
    RHS_V     relu_le_pre_27  2.2165187697718722
    RHS_V     relu_le_pre_28  2.4601604205711221
    RHS_V     relu_le_pre_29  2.4601604205711221
    RHS_V     relu_le_pre_30  2.5733844063966229
    RHS_V     relu_le_pre_31  2.5733844063966229
    RHS_V     relu_le_pre_32  2.3475916625033664
    RHS_V     relu_le_pre_33  2.3475916625033664
    RHS_V     relu_le_pre_34  2.3273176108655038
    RHS_V     relu_le_pre_35  2.3273176108655038
    RHS_V     relu_le_pre_36  1.835248545756615
    RHS_V     relu_le_pre_37  1.835248545756615
    RHS_V     relu_le_pre_38  3.3122398395223915
    RHS_V     relu_le_pre_39  3.3122398395223915
    RHS_V     relu_le_pre_40  2.4908442145634382
    RHS_V     relu_le_pre_41  2.4908442145634382
    RHS_V     relu_le_pre_42  2.751346486809402
    RHS_V     relu_le_pre_43  2.751346486809402
    RHS_V     relu_le_pre_44  2.8371682144003669
    RHS_V     relu_le_pre_45  2.8371682144003669
    RHS_V     relu_le_pre_46  3.1799644720305302
    RHS_V     relu_le_pre_47  3.1799644720305302
    RHS_V     relu_le_pre_48  2.5116617668296444
    RHS_V     relu_le_pre_49  2.5116617668296444
    RHS_V     prod_ge_0  -2.3273447468515771
    RHS_V     prod_ge_1  -2.3273447468515771
    RHS_V     prod_ge_2  -1.2259386102995984
    RHS_V     prod_ge_3  -1.2259386102995984
    RHS_V     prod_ge_4  -2.8206828641786168
    RHS_V     prod_ge_5  -2.8206828641786168
    RHS_V     prod_ge_6  -3.226878831176883
    RHS_V     prod_ge_7  -3.226878831176883
    RHS_V     prod_ge_8  -3.0658346350761025
    RHS_V     prod_ge_9  -3.0658346350761025
    RHS_V     prod_ge_10  -1.9317011362778669
    RHS_V     prod_ge_11  -1.9317011362778669
    RHS_V     prod_ge_12  -1.2929409313940401
    RHS_V     prod_ge_13  -1.2929409313940401
    RHS_V     prod_ge_14  -3.0965778168897051
    RHS_V     prod_ge_15  -3.0965778168897051
    RHS_V     prod_ge_16  -2.2437781725852748
    RHS_V     prod_ge_17  -2.2437781725852748
    RHS_V     prod_ge_18  -3.3437048133764593
    RHS_V     prod_ge_19  -3.3437048133764593
    RHS_V     prod_ge_20  -2.2450473185709328
    RHS_V     prod_ge_21  -2.2450473185709328
    RHS_V     prod_ge_22  -2.4572767213405053
    RHS_V     prod_ge_23  -2.4572767213405053
    RHS_V     prod_ge_24  -1.9148409052275861
    RHS_V     prod_ge_25  -1.9148409052275861
    RHS_V     prod_ge_26  -2.2165187697718722
    RHS_V     prod_ge_27  -2.2165187697718722
    RHS_V     prod_ge_28  -2.4601604205711221
    RHS_V     prod_ge_29  -2.4601604205711221
    RHS_V     prod_ge_30  -2.5733844063966229
    RHS_V     prod_ge_31  -2.5733844063966229
    RHS_V     prod_ge_32  -2.3475916625033664
    RHS_V     prod_ge_33  -2.3475916625033664
    RHS_V     prod_ge_34  -2.3273176108655038
    RHS_V     prod_ge_35  -2.3273176108655038
    RHS_V     prod_ge_36  -1.835248545756615
    RHS_V     prod_ge_37  -1.835248545756615
    RHS_V     prod_ge_38  -3.3122398395223915
    RHS_V     prod_ge_39  -3.3122398395223915
    RHS_V     prod_ge_40  -2.4908442145634382
    RHS_V     prod_ge_41  -2.4908442145634382
    RHS_V     prod_ge_42  -2.751346486809402
    RHS_V     prod_ge_43  -2.751346486809402
    RHS_V     prod_ge_44  -2.8371682144003669
    RHS_V     prod_ge_45  -2.8371682144003669
    RHS_V     prod_ge_46  -3.1799644720305302
    RHS_V     prod_ge_47  -3.1799644720305302
    RHS_V     prod_ge_48  -2.5116617668296444
    RHS_V     prod_ge_49  -2.5116617668296444
    RHS_V     residual_0  -0.67965703182089909
    RHS_V     residual_1  -0.83483163770250401
    RHS_V     residual_2  -0.047020263314326703
    RHS_V     residual_3  -0.022179061148720963
    RHS_V     residual_4  -0.13120027643568391
    RHS_V     residual_5  -1.2437875865554537
    RHS_V     residual_6  -0.48566575202451956
    RHS_V     residual_7  -0.81718522062272625
    RHS_V     residual_8  -0.49274896969293908
    RHS_V     residual_9  -0.35520389663242985
    RHS_V     residual_10  -0.60879178923480337
    RHS_V     residual_11  -0.48128683168691549
    RHS_V     residual_12  -1.1347434732546495
    RHS_V     residual_13  -0.47456173153453768
    RHS_V     residual_14  -1.03672324976838
    RHS_V     residual_15  -0.6957204156420802
    RHS_V     residual_16  -0.21649777982593443
    RHS_V     residual_17  -0.044996380379929764
    RHS_V     residual_18  -0.76234713476563365
    RHS_V     residual_19  -0.17371410168212487
    RHS_V     residual_20  -1.213725903200974
    RHS_V     residual_21  -1.3054293673456219
    RHS_V     residual_22  0.010270197303234946
    RHS_V     residual_23  -1.8927136151299542
    RHS_V     residual_24  -1.4229699979890202
BOUNDS
 LO BOUND     W_0_0     -1
 UP BOUND     W_0_0     1
 LO BOUND     W_0_1     -1
 UP BOUND     W_0_1     1
 LO BOUND     W_0_2     -1
 UP BOUND     W_0_2     1
 LO BOUND     W_1_0     -1
 UP BOUND     W_1_0     1
 LO BOUND     W_1_1     -1
 UP BOUND     W_1_1     1
 LO BOUND     W_1_2     -1
 UP BOUND     W_1_2     1
 LO BOUND     b_0       -1
 UP BOUND     b_0       1
 LO BOUND     b_1       -1
 UP BOUND     b_1       1
 UP BOUND     h_0_0     2.3273447468515771
 UP BOUND     h_0_1     2.3273447468515771
 UP BOUND     h_1_0     1.2259386102995984
 UP BOUND     h_1_1     1.2259386102995984
 UP BOUND     h_2_0     2.8206828641786168
 UP BOUND     h_2_1     2.8206828641786168
 UP BOUND     h_3_0     3.226878831176883
 UP BOUND     h_3_1     3.226878831176883
 UP BOUND     h_4_0     3.0658346350761025
 UP BOUND     h_4_1     3.0658346350761025
 UP BOUND     h_5_0     1.9317011362778669
 UP BOUND     h_5_1     1.9317011362778669
 UP BOUND     h_6_0     1.2929409313940401
 UP BOUND     h_6_1     1.2929409313940401
 UP BOUND     h_7_0     3.0965778168897051
 UP BOUND     h_7_1     3.0965778168897051
 UP BOUND     h_8_0     2.2437781725852748
 UP BOUND     h_8_1     2.2437781725852748
 UP BOUND     h_9_0     3.3437048133764593
 UP BOUND     h_9_1     3.3437048133764593
 UP BOUND     h_10_0    2.2450473185709328
 UP BOUND     h_10_1    2.2450473185709328
 UP BOUND     h_11_0    2.4572767213405053
 UP BOUND     h_11_1    2.4572767213405053
 UP BOUND     h_12_0    1.9148409052275861
 UP BOUND     h_12_1    1.9148409052275861
 UP BOUND     h_13_0    2.2165187697718722
 UP BOUND     h_13_1    2.2165187697718722
 UP BOUND     h_14_0    2.4601604205711221
 UP BOUND     h_14_1    2.4601604205711221
 UP BOUND     h_15_0    2.5733844063966229
 UP BOUND     h_15_1    2.5733844063966229
 UP BOUND     h_16_0    2.3475916625033664
 UP BOUND     h_16_1    2.3475916625033664
 UP BOUND     h_17_0    2.3273176108655038
 UP BOUND     h_17_1    2.3273176108655038
 UP BOUND     h_18_0    1.835248545756615
 UP BOUND     h_18_1    1.835248545756615
 UP BOUND     h_19_0    3.3122398395223915
 UP BOUND     h_19_1    3.3122398395223915
 UP BOUND     h_20_0    2.4908442145634382
 UP BOUND     h_20_1    2.4908442145634382
 UP BOUND     h_21_0    2.751346486809402
 UP BOUND     h_21_1    2.751346486809402
 UP BOUND     h_22_0    2.8371682144003669
 UP BOUND     h_22_1    2.8371682144003669
 UP BOUND     h_23_0    3.1799644720305302
 UP BOUND     h_23_1    3.1799644720305302
 UP BOUND     h_24_0    2.5116617668296444
 UP BOUND     h_24_1    2.5116617668296444
 BV BOUND     z_0_0   
 BV BOUND     z_0_1   
 BV BOUND     z_1_0   
 BV BOUND     z_1_1   
 BV BOUND     z_2_0   
 BV BOUND     z_2_1   
 BV BOUND     z_3_0   
 BV BOUND     z_3_1   
 BV BOUND     z_4_0   
 BV BOUND     z_4_1   
 BV BOUND     z_5_0   
 BV BOUND     z_5_1   
 BV BOUND     z_6_0   
 BV BOUND     z_6_1   
 BV BOUND     z_7_0   
 BV BOUND     z_7_1   
 BV BOUND     z_8_0   
 BV BOUND     z_8_1   
 BV BOUND     z_9_0   
 BV BOUND     z_9_1   
 BV BOUND     z_10_0  
 BV BOUND     z_10_1  
 BV BOUND     z_11_0  
 BV BOUND     z_11_1  
 BV BOUND     z_12_0  
 BV BOUND     z_12_1  
 BV BOUND     z_13_0  
 BV BOUND     z_13_1  
 BV BOUND     z_14_0  
 BV BOUND     z_14_1  
 BV BOUND     z_15_0  
 BV BOUND     z_15_1  
 BV BOUND     z_16_0  
 BV BOUND     z_16_1  
 BV BOUND     z_17_0  
 BV BOUND     z_17_1  
 BV BOUND     z_18_0  
 BV BOUND     z_18_1  
 BV BOUND     z_19_0  
 BV BOUND     z_19_1  
 BV BOUND     z_20_0  
 BV BOUND     z_20_1  
 BV BOUND     z_21_0  
 BV BOUND     z_21_1  
 BV BOUND     z_22_0  
 BV BOUND     z_22_1  
 BV BOUND     z_23_0  
 BV BOUND     z_23_1  
 BV BOUND     z_24_0  
 BV BOUND     z_24_1  
 BV BOUND     sgn_0   
 BV BOUND     sgn_1   
 UP BOUND     g_0_0     2.3273447468515771
 UP BOUND     g_0_1     2.3273447468515771
 UP BOUND     g_1_0     1.2259386102995984
 UP BOUND     g_1_1     1.2259386102995984
 UP BOUND     g_2_0     2.8206828641786168
 UP BOUND     g_2_1     2.8206828641786168
 UP BOUND     g_3_0     3.226878831176883
 UP BOUND     g_3_1     3.226878831176883
 UP BOUND     g_4_0     3.0658346350761025
 UP BOUND     g_4_1     3.0658346350761025
 UP BOUND     g_5_0     1.9317011362778669
 UP BOUND     g_5_1     1.9317011362778669
 UP BOUND     g_6_0     1.2929409313940401
 UP BOUND     g_6_1     1.2929409313940401
 UP BOUND     g_7_0     3.0965778168897051
 UP BOUND     g_7_1     3.0965778168897051
 UP BOUND     g_8_0     2.2437781725852748
 UP BOUND     g_8_1     2.2437781725852748
 UP BOUND     g_9_0     3.3437048133764593
 UP BOUND     g_9_1     3.3437048133764593
 UP BOUND     g_10_0    2.2450473185709328
 UP BOUND     g_10_1    2.2450473185709328
 UP BOUND     g_11_0    2.4572767213405053
 UP BOUND     g_11_1    2.4572767213405053
 UP BOUND     g_12_0    1.9148409052275861
 UP BOUND     g_12_1    1.9148409052275861
 UP BOUND     g_13_0    2.2165187697718722
 UP BOUND     g_13_1    2.2165187697718722
 UP BOUND     g_14_0    2.4601604205711221
 UP BOUND     g_14_1    2.4601604205711221
 UP BOUND     g_15_0    2.5733844063966229
 UP BOUND     g_15_1    2.5733844063966229
 UP BOUND     g_16_0    2.3475916625033664
 UP BOUND     g_16_1    2.3475916625033664
 UP BOUND     g_17_0    2.3273176108655038
 UP BOUND     g_17_1    2.3273176108655038
 UP BOUND     g_18_0    1.835248545756615
 UP BOUND     g_18_1    1.835248545756615
 UP BOUND     g_19_0    3.3122398395223915
 UP BOUND     g_19_1    3.3122398395223915
 UP BOUND     g_20_0    2.4908442145634382
 UP BOUND     g_20_1    2.4908442145634382
 UP BOUND     g_21_0    2.751346486809402
 UP BOUND     g_21_1    2.751346486809402
 UP BOUND     g_22_0    2.8371682144003669
 UP BOUND     g_22_1    2.8371682144003669
 UP BOUND     g_23_0    3.1799644720305302
 UP BOUND     g_23_1    3.1799644720305302
 UP BOUND     g_24_0    2.5116617668296444
 UP BOUND     g_24_1    2.5116617668296444
 FR BOUND     r_0     
 FR BOUND     r_1     
 FR BOUND     r_2     
 FR BOUND     r_3     
 FR BOUND     r_4     
 FR BOUND     r_5     
 FR BOUND     r_6     
 FR BOUND     r_7     
 FR BOUND     r_8     
 FR BOUND     r_9     
 FR BOUND     r_10    
 FR BOUND     r_11    
 FR BOUND     r_12    
 FR BOUND     r_13    
 FR BOUND     r_14    
 FR BOUND     r_15    
 FR BOUND     r_16    
 FR BOUND     r_17    
 FR BOUND     r_18    
 FR BOUND     r_19    
 FR BOUND     r_20    
 FR BOUND     r_21    
 FR BOUND     r_22    
 FR BOUND     r_23    
 FR BOUND     r_24    
QUADOBJ
    r_0       r_0       2
    r_1       r_1       2
    r_2       r_2       2
    r_3       r_3       2
    r_4       r_4       2
    r_5       r_5       2
    r_6       r_6       2
    r_7       r_7       2
    r_8       r_8       2
    r_9       r_9       2
    r_10      r_10      2
    r_11      r_11      2
    r_12      r_12      2
    r_13      r_13      2
    r_14      r_14      2
    r_15      r_15      2
    r_16      r_16      2
    r_17      r_17      2
    r_18      r_18      2
    r_19      r_19      2
    r_20      r_20      2
    r_21      r_21      2
    r_22      r_22      2
    r_23      r_23      2
    r_24      r_24      2
ENDATA
