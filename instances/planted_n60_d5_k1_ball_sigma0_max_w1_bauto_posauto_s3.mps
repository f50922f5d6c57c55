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
 G  relu_ge_pre_50
 G  relu_ge_pre_51
 G  relu_ge_pre_52
 G  relu_ge_pre_53
 G  relu_ge_pre_54
 G  relu_ge_pre_55
 G  relu_ge_pre_56
 G  relu_ge_pre_57
 G  relu_ge_pre_58
 G  relu_ge_pre_59
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
 L  relu_le_pre_50
 L  relu_le_pre_51
 L  relu_le_pre_52
 L  relu_le_pre_53
 L  relu_le_pre_54
 L  relu_le_pre_55
 L  relu_le_pre_56
 L  relu_le_pre_57
 L  relu_le_pre_58
 L  relu_le_pre_59
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
 L  relu_le_onoff_50
 L  relu_le_onoff_51
 L  relu_le_onoff_52
 L  relu_le_onoff_53
 L  relu_le_onoff_54
 L  relu_le_onoff_55
 L  relu_le_onoff_56
 L  relu_le_onoff_57
 L  relu_le_onoff_58
 L  relu_le_onoff_59
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
 L  prod_le_h_50
 L  prod_le_h_51
 L  prod_le_h_52
 L  prod_le_h_53
 L  prod_le_h_54
 L  prod_le_h_55
 L  prod_le_h_56
 L  prod_le_h_57
 L  prod_le_h_58
 L  prod_le_h_59
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
 L  prod_le_sign_50
 L  prod_le_sign_51
 L  prod_le_sign_52
 L  prod_le_sign_53
 L  prod_le_sign_54
 L  prod_le_sign_55
 L  prod_le_sign_56
 L  prod_le_sign_57
 L  prod_le_sign_58
 L  prod_le_sign_59
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
 G  prod_ge_50
 G  prod_ge_51
 G  prod_ge_52
 G  prod_ge_53
 G  prod_ge_54
 G  prod_ge_55
 G  prod_ge_56
 G  prod_ge_57
 G  prod_ge_58
 G  prod_ge_59
 L  max_upper_0
 L  max_upper_1
 L  max_upper_2
 L  max_upper_3
 L  max_upper_4
 L  max_upper_5
 L  max_upper_6
 L  max_upper_7
 L  max_upper_8
 L  max_upper_9
 L  max_upper_10
 L  max_upper_11
 L  max_upper_12
 L  max_upper_13
 L  max_upper_14
 L  max_upper_15
 L  max_upper_16
 L  max_upper_17
 L  max_upper_18
 L  max_upper_19
 L  max_upper_20
 L  max_upper_21
 L  max_upper_22
 L  max_upper_23
 L  max_upper_24
 L  max_upper_25
 L  max_upper_26
 L  max_upper_27
 L  max_upper_28
 L  max_upper_29
 L  max_upper_30
 L  max_upper_31
 L  max_upper_32
 L  max_upper_33
 L  max_upper_34
 L  max_upper_35
 L  max_upper_36
 L  max_upper_37
 L  max_upper_38
 L  max_upper_39
 L  max_upper_40
 L  max_upper_41
 L  max_upper_42
 L  max_upper_43
 L  max_upper_44
 L  max_upper_45
 L  max_upper_46
 L  max_upper_47
 L  max_upper_48
 L  max_upper_49
 L  max_upper_50
 L  max_upper_51
 L  max_upper_52
 L  max_upper_53
 L  max_upper_54
 L  max_upper_55
 L  max_upper_56
 L  max_upper_57
 L  max_upper_58
 L  max_upper_59
 G  max_lower_0
 G  max_lower_1
 G  max_lower_2
 G  max_lower_3
 G  max_lower_4
 G  max_lower_5
 G  max_lower_6
 G  max_lower_7
 G  max_lower_8
 G  max_lower_9
 G  max_lower_10
 G  max_lower_11
 G  max_lower_12
 G  max_lower_13
 G  max_lower_14
 G  max_lower_15
 G  max_lower_16
 G  max_lower_17
 G  max_lower_18
 G  max_lower_19
 G  max_lower_20
 G  max_lower_21
 G  max_lower_22
 G  max_lower_23
 G  max_lower_24
 G  max_lower_25
 G  max_lower_26
 G  max_lower_27
 G  max_lower_28
 G  max_lower_29
 G  max_lower_30
 G  max_lower_31
 G  max_lower_32
 G  max_lower_33
 G  max_lower_34
 G  max_lower_35
 G  max_lower_36
 G  max_lower_37
 G  max_lower_38
 G  max_lower_39
 G  max_lower_40
 G  max_lower_41
 G  max_lower_42
 G  max_lower_43
 G  max_lower_44
 G  max_lower_45
 G  max_lower_46
 G  max_lower_47
 G  max_lower_48
 G  max_lower_49
 G  max_lower_50
 G  max_lower_51
 G  max_lower_52
 G  max_lower_53
 G  max_lower_54
 G  max_lower_55
 G  max_lower_56
 G  max_lower_57
 G  max_lower_58
 G  max_lower_59
COLUMNS
    W_0_0     relu_ge_pre_0  0.036097599537565063
    W_0_0     relu_ge_pre_1  0.19522468470660242
    W_0_0     relu_ge_pre_2  0.10376772817460796
    W_0_0     relu_ge_pre_3  -0.2378792416811957
    W_0_0     relu_ge_pre_4  0.059911017135310558
    W_0_0     relu_ge_pre_5  -0.24286042562843119
    W_0_0     relu_ge_pre_6  -0.40982761938892803
    W_0_0     relu_ge_pre_7  0.22191178754868882
    W_0_0     relu_ge_pre_8  -0.43318015890765216
    W_0_0     relu_ge_pre_9  -0.34027204832516678
    W_0_0     relu_ge_pre_10  0.66958919949588669
    W_0_0     relu_ge_pre_11  0.33095439507025548
    W_0_0     relu_ge_pre_12  -0.21930839299780222
    W_0_0     relu_ge_pre_13  -0.57385532613516133
    W_0_0     relu_ge_pre_14  0.0071342543540463058
    W_0_0     relu_ge_pre_15  -0.32685467525982925
    W_0_0     relu_ge_pre_16  0.26210936865604417
    W_0_0     relu_ge_pre_17  -0.092794458028338259
    W_0_0     relu_ge_pre_18  -0.43767338429282365
    W_0_0     relu_ge_pre_19  0.15580262498457798
    W_0_0     relu_ge_pre_20  -0.1271849695507502
    W_0_0     relu_ge_pre_21  0.48904341948705859
    W_0_0     relu_ge_pre_22  -0.45750875992181894
    W_0_0     relu_ge_pre_23  -0.017042507926583104
    W_0_0     relu_ge_pre_24  -0.058813838545132294
    W_0_0     relu_ge_pre_25  0.095850658130541277
    W_0_0     relu_ge_pre_26  0.24872183924316899
    W_0_0     relu_ge_pre_27  -0.63495086069481288
    W_0_0     relu_ge_pre_28  -0.32583157677074243
    W_0_0     relu_ge_pre_29  -0.058533426985907772
    W_0_0     relu_ge_pre_30  0.31236324293009604
    W_0_0     relu_ge_pre_31  0.050028256192174117
    W_0_0     relu_ge_pre_32  -0.39713902079401703
    W_0_0     relu_ge_pre_33  -0.43103288627923142
    W_0_0     relu_ge_pre_34  -0.2267326699448603
    W_0_0     relu_ge_pre_35  0.025607071487154593
    W_0_0     relu_ge_pre_36  -0.11191330764716079
    W_0_0     relu_ge_pre_37  0.20962629430415664
    W_0_0     relu_ge_pre_38  -0.4752578471467
    W_0_0     relu_ge_pre_39  -0.067239067508420541
    W_0_0     relu_ge_pre_40  -0.35666870452261995
    W_0_0     relu_ge_pre_41  -0.4645368368899836
    W_0_0     relu_ge_pre_42  0.077190891303238737
    W_0_0     relu_ge_pre_43  0.24674506437661228
    W_0_0     relu_ge_pre_44  0.057640506115377098
    W_0_0     relu_ge_pre_45  0.18698728717907051
    W_0_0     relu_ge_pre_46  -0.38177443230564889
    W_0_0     relu_ge_pre_47  -0.68929183981723252
    W_0_0     relu_ge_pre_48  -0.748942004479352
    W_0_0     relu_ge_pre_49  -0.80742182397492079
    W_0_0     relu_ge_pre_50  0.36883148344440853
    W_0_0     relu_ge_pre_51  0.32798102678378682
    W_0_0     relu_ge_pre_52  -0.55823823651353233
    W_0_0     relu_ge_pre_53  -0.37346250653254415
    W_0_0     relu_ge_pre_54  -0.80401671541608688
    W_0_0     relu_ge_pre_55  0.46613815720148849
    W_0_0     relu_ge_pre_56  -0.28728572250359063
    W_0_0     relu_ge_pre_57  -0.41136968194160362
    W_0_0     relu_ge_pre_58  -0.012431889788655764
    W_0_0     relu_ge_pre_59  0.52781278150816668
    W_0_0     relu_le_pre_0  0.036097599537565063
    W_0_0     relu_le_pre_1  0.19522468470660242
    W_0_0     relu_le_pre_2  0.10376772817460796
    W_0_0     relu_le_pre_3  -0.2378792416811957
    W_0_0     relu_le_pre_4  0.059911017135310558
    W_0_0     relu_le_pre_5  -0.24286042562843119
    W_0_0     relu_le_pre_6  -0.40982761938892803
    W_0_0     relu_le_pre_7  0.22191178754868882
    W_0_0     relu_le_pre_8  -0.43318015890765216
    W_0_0     relu_le_pre_9  -0.34027204832516678
    W_0_0     relu_le_pre_10  0.66958919949588669
    W_0_0     relu_le_pre_11  0.33095439507025548
    W_0_0     relu_le_pre_12  -0.21930839299780222
    W_0_0     relu_le_pre_13  -0.57385532613516133
    W_0_0     relu_le_pre_14  0.0071342543540463058
    W_0_0     relu_le_pre_15  -0.32685467525982925
    W_0_0     relu_le_pre_16  0.26210936865604417
    W_0_0     relu_le_pre_17  -0.092794458028338259
    W_0_0     relu_le_pre_18  -0.43767338429282365
    W_0_0     relu_le_pre_19  0.15580262498457798
    W_0_0     relu_le_pre_20  -0.1271849695507502
    W_0_0     relu_le_pre_21  0.48904341948705859
    W_0_0     relu_le_pre_22  -0.45750875992181894
    W_0_0     relu_le_pre_23  -0.017042507926583104
    W_0_0     relu_le_pre_24  -0.058813838545132294
    W_0_0     relu_le_pre_25  0.095850658130541277
    W_0_0     relu_le_pre_26  0.24872183924316899
    W_0_0     relu_le_pre_27  -0.63495086069481288
    W_0_0     relu_le_pre_28  -0.32583157677074243
    W_0_0     relu_le_pre_29  -0.058533426985907772
    W_0_0     relu_le_pre_30  0.31236324293009604
    W_0_0     relu_le_pre_31  0.050028256192174117
    W_0_0     relu_le_pre_32  -0.39713902079401703
    W_0_0     relu_le_pre_33  -0.43103288627923142
    W_0_0     relu_le_pre_34  -0.2267326699448603
    W_0_0     relu_le_pre_35  0.025607071487154593
    W_0_0     relu_le_pre_36  -0.11191330764716079
    W_0_0     relu_le_pre_37  0.20962629430415664
    W_0_0     relu_le_pre_38  -0.4752578471467
    W_0_0     relu_le_pre_39  -0.067239067508420541
    W_0_0     relu_le_pre_40  -0.35666870452261995
    W_0_0     relu_le_pre_41  -0.4645368368899836
    W_0_0     relu_le_pre_42  0.077190891303238737
    W_0_0     relu_le_pre_43  0.24674506437661228
    W_0_0     relu_le_pre_44  0.057640506115377098
    W_0_0     relu_le_pre_45  0.18698728717907051
    W_0_0     relu_le_pre_46  -0.38177443230564889
    W_0_0     relu_le_pre_47  -0.68929183981723252
    W_0_0     relu_le_pre_48  -0.748942004479352
    W_0_0     relu_le_pre_49  -0.80742182397492079
    W_0_0     relu_le_pre_50  0.36883148344440853
    W_0_0     relu_le_pre_51  0.32798102678378682
    W_0_0     relu_le_pre_52  -0.55823823651353233
    W_0_0     relu_le_pre_53  -0.37346250653254415
    W_0_0     relu_le_pre_54  -0.80401671541608688
    W_0_0     relu_le_pre_55  0.46613815720148849
    W_0_0     relu_le_pre_56  -0.28728572250359063
    W_0_0     relu_le_pre_57  -0.41136968194160362
    W_0_0     relu_le_pre_58  -0.012431889788655764
    W_0_0     relu_le_pre_59  0.52781278150816668
    W_0_1     relu_ge_pre_0  0.13466043619813695
    W_0_1     relu_ge_pre_1  0.46365080296035088
    W_0_1     relu_ge_pre_2  -0.41661262712885633
    W_0_1     relu_ge_pre_3  0.22047736355861364
    W_0_1     relu_ge_pre_4  0.054119985461101701
    W_0_1     relu_ge_pre_5  -0.15970292207243342
    W_0_1     relu_ge_pre_6  0.38508401259271879
    W_0_1     relu_ge_pre_7  0.53706075175379409
    W_0_1     relu_ge_pre_8  -0.11233100776838698
    W_0_1     relu_ge_pre_9  -0.33938655987296862
    W_0_1     relu_ge_pre_10  -0.18529257490871787
    W_0_1     relu_ge_pre_11  -0.25993747563597253
    W_0_1     relu_ge_pre_12  0.40925999906152405
    W_0_1     relu_ge_pre_13  0.42975888728279227
    W_0_1     relu_ge_pre_14  0.12265955896558214
    W_0_1     relu_ge_pre_15  -0.49355050077385981
    W_0_1     relu_ge_pre_16  -0.4487738136245038
    W_0_1     relu_ge_pre_17  -0.23768794562500878
    W_0_1     relu_ge_pre_18  -0.27303398141449786
    W_0_1     relu_ge_pre_19  -0.52324115121779602
    W_0_1     relu_ge_pre_20  -0.05258148536823256
    W_0_1     relu_ge_pre_21  0.08160298734668181
    W_0_1     relu_ge_pre_22  -0.41562772283132826
    W_0_1     relu_ge_pre_23  -0.25230459187225451
    W_0_1     relu_ge_pre_24  -0.66599844814137643
    W_0_1     relu_ge_pre_25  0.40574455630598594
    W_0_1     relu_ge_pre_26  -0.26642054247129565
    W_0_1     relu_ge_pre_27  0.063448775770965249
    W_0_1     relu_ge_pre_28  -0.52805208898085432
    W_0_1     relu_ge_pre_29  0.64427116700138454
    W_0_1     relu_ge_pre_30  0.53704253181963424
    W_0_1     relu_ge_pre_31  -0.26456574119318005
    W_0_1     relu_ge_pre_32  0.22353017517042878
    W_0_1     relu_ge_pre_33  -0.064324857201773319
    W_0_1     relu_ge_pre_34  0.156394510863612
    W_0_1     relu_ge_pre_35  0.36893854012830612
    W_0_1     relu_ge_pre_36  0.0049528938216670581
    W_0_1     relu_ge_pre_37  0.31275910960554698
    W_0_1     relu_ge_pre_38  -0.075724720384564001
    W_0_1     relu_ge_pre_39  0.094766616482178989
    W_0_1     relu_ge_pre_40  0.0078256473036737544
    W_0_1     relu_ge_pre_41  0.72713846617097688
    W_0_1     relu_ge_pre_42  0.34034108230794829
    W_0_1     relu_ge_pre_43  -0.23072338825504965
    W_0_1     relu_ge_pre_44  0.47745604633194605
    W_0_1     relu_ge_pre_45  0.10395153903781064
    W_0_1     relu_ge_pre_46  0.59479684832857427
    W_0_1     relu_ge_pre_47  -0.082367781855331612
    W_0_1     relu_ge_pre_48  0.058154399732694304
    W_0_1     relu_ge_pre_49  0.18817565003964665
    W_0_1     relu_ge_pre_50  -0.55423408058219414
    W_0_1     relu_ge_pre_51  -0.25361248278764809
    W_0_1     relu_ge_pre_52  -0.022237551052233462
    W_0_1     relu_ge_pre_53  -0.66131085680865442
    W_0_1     relu_ge_pre_54  0.089069009400509921
    W_0_1     relu_ge_pre_55  -0.092823126899460331
    W_0_1     relu_ge_pre_56  0.29465257948819018
    W_0_1     relu_ge_pre_57  0.20126067038117884
    W_0_1     relu_ge_pre_58  0.63480049059703192
    W_0_1     relu_ge_pre_59  -0.14344369480641381
    W_0_1     relu_le_pre_0  0.13466043619813695
    W_0_1     relu_le_pre_1  0.46365080296035088
    W_0_1     relu_le_pre_2  -0.41661262712885633
    W_0_1     relu_le_pre_3  0.22047736355861364
    W_0_1     relu_le_pre_4  0.054119985461101701
    W_0_1     relu_le_pre_5  -0.15970292207243342
    W_0_1     relu_le_pre_6  0.38508401259271879
    W_0_1     relu_le_pre_7  0.53706075175379409
    W_0_1     relu_le_pre_8  -0.11233100776838698
    W_0_1     relu_le_pre_9  -0.33938655987296862
    W_0_1     relu_le_pre_10  -0.18529257490871787
    W_0_1     relu_le_pre_11  -0.25993747563597253
    W_0_1     relu_le_pre_12  0.40925999906152405
    W_0_1     relu_le_pre_13  0.42975888728279227
    W_0_1     relu_le_pre_14  0.12265955896558214
    W_0_1     relu_le_pre_15  -0.49355050077385981
    W_0_1     relu_le_pre_16  -0.4487738136245038
    W_0_1     relu_le_pre_17  -0.23768794562500878
    W_0_1     relu_le_pre_18  -0.27303398141449786
    W_0_1     relu_le_pre_19  -0.52324115121779602
    W_0_1     relu_le_pre_20  -0.05258148536823256
    W_0_1     relu_le_pre_21  0.08160298734668181
    W_0_1     relu_le_pre_22  -0.41562772283132826
    W_0_1     relu_le_pre_23  -0.25230459187225451
    W_0_1     relu_le_pre_24  -0.66599844814137643
    W_0_1     relu_le_pre_25  0.40574455630598594
    W_0_1     relu_le_pre_26  -0.26642054247129565
    W_0_1     relu_le_pre_27  0.063448775770965249
    W_0_1     relu_le_pre_28  -0.52805208898085432
    W_0_1     relu_le_pre_29  0.64427116700138454
    W_0_1     relu_le_pre_30  0.53704253181963424
    W_0_1     relu_le_pre_31  -0.26456574119318005
    W_0_1     relu_le_pre_32  0.22353017517042878
    W_0_1     relu_le_pre_33  -0.064324857201773319
    W_0_1     relu_le_pre_34  0.156394510863612
    W_0_1     relu_le_pre_35  0.36893854012830612
    W_0_1     relu_le_pre_36  0.0049528938216670581
    W_0_1     relu_le_pre_37  0.31275910960554698
    W_0_1     relu_le_pre_38  -0.075724720384564001
    W_0_1     relu_le_pre_39  0.094766616482178989
    W_0_1     relu_le_pre_40  0.0078256473036737544
    W_0_1     relu_le_pre_41  0.72713846617097688
    W_0_1     relu_le_pre_42  0.34034108230794829
    W_0_1     relu_le_pre_43  -0.23072338825504965
    W_0_1     relu_le_pre_44  0.47745604633194605
    W_0_1     relu_le_pre_45  0.10395153903781064
    W_0_1     relu_le_pre_46  0.59479684832857427
    W_0_1     relu_le_pre_47  -0.082367781855331612
    W_0_1     relu_le_pre_48  0.058154399732694304
    W_0_1     relu_le_pre_49  0.18817565003964665
    W_0_1     relu_le_pre_50  -0.55423408058219414
    W_0_1     relu_le_pre_51  -0.25361248278764809
    W_0_1     relu_le_pre_52  -0.022237551052233462
    W_0_1     relu_le_pre_53  -0.66131085680865442
    W_0_1     relu_le_pre_54  0.089069009400509921
    W_0_1     relu_le_pre_55  -0.092823126899460331
    W_0_1     relu_le_pre_56  0.29465257948819018
    W_0_1     relu_le_pre_57  0.20126067038117884
    W_0_1     relu_le_pre_58  0.63480049059703192
    W_0_1     relu_le_pre_59  -0.14344369480641381
    W_0_2     relu_ge_pre_0  -0.51718654822480048
    W_0_2     relu_ge_pre_1  0.73231655731640721
    W_0_2     relu_ge_pre_2  0.086911337520744689
    W_0_2     relu_ge_pre_3  0.079789315677139469
    W_0_2     relu_ge_pre_4  -0.22271921384040186
    W_0_2     relu_ge_pre_5  -0.025183914060269309
    W_0_2     relu_ge_pre_6  0.6695798814451468
    W_0_2     relu_ge_pre_7  -0.013034695850328005
    W_0_2     relu_ge_pre_8  -0.64427656186809967
    W_0_2     relu_ge_pre_9  0.12515920456688859
    W_0_2     relu_ge_pre_10  -0.13192815878841474
    W_0_2     relu_ge_pre_11  0.69828527579958344
    W_0_2     relu_ge_pre_12  0.094451936159491601
    W_0_2     relu_ge_pre_13  -0.12790450137966233
    W_0_2     relu_ge_pre_14  0.56615577929696559
    W_0_2     relu_ge_pre_15  -0.15147534170664875
    W_0_2     relu_ge_pre_16  0.47835491691483351
    W_0_2     relu_ge_pre_17  0.51602610154548356
    W_0_2     relu_ge_pre_18  -0.077774737810029429
    W_0_2     relu_ge_pre_19  0.50866886060868344
    W_0_2     relu_ge_pre_20  -0.59689053657953162
    W_0_2     relu_ge_pre_21  0.14593599249767156
    W_0_2     relu_ge_pre_22  0.50720263405397337
    W_0_2     relu_ge_pre_23  -0.80610667760506849
    W_0_2     relu_ge_pre_24  -0.28085039036134701
    W_0_2     relu_ge_pre_25  -0.75036238672354871
    W_0_2     relu_ge_pre_26  0.38561246769756463
    W_0_2     relu_ge_pre_27  0.14329213836093038
    W_0_2     relu_ge_pre_28  -0.0056943033124756222
    W_0_2     relu_ge_pre_29  0.19339556640742617
    W_0_2     relu_ge_pre_30  0.21865155146501086
    W_0_2     relu_ge_pre_31  -0.20963532115153488
    W_0_2     relu_ge_pre_32  -0.062427284416187716
    W_0_2     relu_ge_pre_33  -0.66754903678487221
    W_0_2     relu_ge_pre_34  -0.6129321534052421
    W_0_2     relu_ge_pre_35  -0.16087780751676634
    W_0_2     relu_ge_pre_36  -0.47620610485212922
    W_0_2     relu_ge_pre_37  0.23125620350939108
    W_0_2     relu_ge_pre_38  -0.28772102058456656
    W_0_2     relu_ge_pre_39  0.55408589565187172
    W_0_2     relu_ge_pre_40  -0.61575331655505416
    W_0_2     relu_ge_pre_41  0.2348664420966822
    W_0_2     relu_ge_pre_42  0.077326427193226313
    W_0_2     relu_ge_pre_43  -0.26154717367204083
    W_0_2     relu_ge_pre_44  -0.24251191079427536
    W_0_2     relu_ge_pre_45  -0.074626883227963015
    W_0_2     relu_ge_pre_46  0.34201072347533684
    W_0_2     relu_ge_pre_47  0.39947475819712847
    W_0_2     relu_ge_pre_48  -0.041586081640734504
    W_0_2     relu_ge_pre_49  -0.26347005464113388
    W_0_2     relu_ge_pre_50  0.038094113788433449
    W_0_2     relu_ge_pre_51  -0.44340872097777545
    W_0_2     relu_ge_pre_52  -0.65358717984041248
    W_0_2     relu_ge_pre_53  -0.12065402315798103
    W_0_2     relu_ge_pre_54  0.039047524788990928
    W_0_2     relu_ge_pre_55  -0.30250393636035006
    W_0_2     relu_ge_pre_56  -0.10955626483714634
    W_0_2     relu_ge_pre_57  -0.41534802182014091
    W_0_2     relu_ge_pre_58  0.16217815140530448
    W_0_2     relu_ge_pre_59  0.25439127722632277
    W_0_2     relu_le_pre_0  -0.51718654822480048
    W_0_2     relu_le_pre_1  0.73231655731640721
    W_0_2     relu_le_pre_2  0.086911337520744689
    W_0_2     relu_le_pre_3  0.079789315677139469
    W_0_2     relu_le_pre_4  -0.22271921384040186
    W_0_2     relu_le_pre_5  -0.025183914060269309
    W_0_2     relu_le_pre_6  0.6695798814451468
    W_0_2     relu_le_pre_7  -0.013034695850328005
    W_0_2     relu_le_pre_8  -0.64427656186809967
    W_0_2     relu_le_pre_9  0.12515920456688859
    W_0_2     relu_le_pre_10  -0.13192815878841474
    W_0_2     relu_le_pre_11  0.69828527579958344
    W_0_2     relu_le_pre_12  0.094451936159491601
    W_0_2     relu_le_pre_13  -0.12790450137966233
    W_0_2     relu_le_pre_14  0.56615577929696559
    W_0_2     relu_le_pre_15  -0.15147534170664875
    W_0_2     relu_le_pre_16  0.47835491691483351
    W_0_2     relu_le_pre_17  0.51602610154548356
    W_0_2     relu_le_pre_18  -0.077774737810029429
    W_0_2     relu_le_pre_19  0.50866886060868344
    W_0_2     relu_le_pre_20  -0.59689053657953162
    W_0_2     relu_le_pre_21  0.14593599249767156
    W_0_2     relu_le_pre_22  0.50720263405397337
    W_0_2     relu_le_pre_23  -0.80610667760506849
    W_0_2     relu_le_pre_24  -0.28085039036134701
    W_0_2     relu_le_pre_25  -0.75036238672354871
    W_0_2     relu_le_pre_26  0.38561246769756463
    W_0_2     relu_le_pre_27  0.14329213836093038
    W_0_2     relu_le_pre_28  -0.0056943033124756222
    W_0_2     relu_le_pre_29  0.19339556640742617
    W_0_2     relu_le_pre_30  0.21865155146501086
    W_0_2     relu_le_pre_31  -0.20963532115153488
    W_0_2     relu_le_pre_32  -0.062427284416187716
    W_0_2     relu_le_pre_33  -0.66754903678487221
    W_0_2     relu_le_pre_34  -0.6129321534052421
    W_0_2     relu_le_pre_35  -0.16087780751676634
    W_0_2     relu_le_pre_36  -0.47620610485212922
    W_0_2     relu_le_pre_37  0.23125620350939108
    W_0_2     relu_le_pre_38  -0.28772102058456656
    W_0_2     relu_le_pre_39  0.55408589565187172
    W_0_2     relu_le_pre_40  -0.61575331655505416
    W_0_2     relu_le_pre_41  0.2348664420966822
    W_0_2     relu_le_pre_42  0.077326427193226313
    W_0_2     relu_le_pre_43  -0.26154717367204083
    W_0_2     relu_le_pre_44  -0.24251191079427536
    W_0_2     relu_le_pre_45  -0.074626883227963015
    W_0_2     relu_le_pre_46  0.34201072347533684
    W_0_2     relu_le_pre_47  0.39947475819712847
    W_0_2     relu_le_pre_48  -0.041586081640734504
    W_0_2     relu_le_pre_49  -0.26347005464113388
    W_0_2     relu_le_pre_50  0.038094113788433449
    W_0_2     relu_le_pre_51  -0.44340872097777545
    W_0_2     relu_le_pre_52  -0.65358717984041248
    W_0_2     relu_le_pre_53  -0.12065402315798103
    W_0_2     relu_le_pre_54  0.039047524788990928
    W_0_2     relu_le_pre_55  -0.30250393636035006
    W_0_2     relu_le_pre_56  -0.10955626483714634
    W_0_2     relu_le_pre_57  -0.41534802182014091
    W_0_2     relu_le_pre_58  0.16217815140530448
    W_0_2     relu_le_pre_59  0.25439127722632277
    W_0_3     relu_ge_pre_0  -0.035141082189689692
    W_0_3     relu_ge_pre_1  0.27123146163123657
    W_0_3     relu_ge_pre_2  -0.010552596503022637
    W_0_3     relu_ge_pre_3  -0.23588039948210035
    W_0_3     relu_ge_pre_4  0.19697593786061846
    W_0_3     relu_ge_pre_5  -0.18440186193493407
    W_0_3     relu_ge_pre_6  -0.11093151007448993
    W_0_3     relu_ge_pre_7  0.026317684243757744
    W_0_3     relu_ge_pre_8  0.11911634463210256
    W_0_3     relu_ge_pre_9  0.45606384369863912
    W_0_3     relu_ge_pre_10  0.44001907079407598
    W_0_3     relu_ge_pre_11  0.3139260369673445
    W_0_3     relu_ge_pre_12  -0.062208140907547185
    W_0_3     relu_ge_pre_13  0.37823329180213577
    W_0_3     relu_ge_pre_14  -0.55417506261881044
    W_0_3     relu_ge_pre_15  0.2772701301610786
    W_0_3     relu_ge_pre_16  0.19534371438097065
    W_0_3     relu_ge_pre_17  0.71470197300994609
    W_0_3     relu_ge_pre_18  0.1143825987330523
    W_0_3     relu_ge_pre_19  -0.085951173337998385
    W_0_3     relu_ge_pre_20  -0.35079242846133074
    W_0_3     relu_ge_pre_21  -0.12773890788634662
    W_0_3     relu_ge_pre_22  0.38117924852038165
    W_0_3     relu_ge_pre_23  0.077720183248810179
    W_0_3     relu_ge_pre_24  -0.51789241675596176
    W_0_3     relu_ge_pre_25  -0.32789733815217448
    W_0_3     relu_ge_pre_26  0.51154520239954071
    W_0_3     relu_ge_pre_27  0.30190303649194011
    W_0_3     relu_ge_pre_28  -0.20641375124370839
    W_0_3     relu_ge_pre_29  -0.047061217817323808
    W_0_3     relu_ge_pre_30  -0.55932626074056624
    W_0_3     relu_ge_pre_31  -0.55116593980026085
    W_0_3     relu_ge_pre_32  -0.38826817219506682
    W_0_3     relu_ge_pre_33  0.11735326587733688
    W_0_3     relu_ge_pre_34  -0.28909374127271514
    W_0_3     relu_ge_pre_35  -0.7074437027659134
    W_0_3     relu_ge_pre_36  0.19532475789146023
    W_0_3     relu_ge_pre_37  0.38749554521974633
    W_0_3     relu_ge_pre_38  -0.75218955021564071
    W_0_3     relu_ge_pre_39  -0.26175199498797552
    W_0_3     relu_ge_pre_40  0.037034477842267433
    W_0_3     relu_ge_pre_41  -0.054344691096592491
    W_0_3     relu_ge_pre_42  0.87425015083356905
    W_0_3     relu_ge_pre_43  0.40182260884968596
    W_0_3     relu_ge_pre_44  0.21059823536467159
    W_0_3     relu_ge_pre_45  0.86331111682477135
    W_0_3     relu_ge_pre_46  0.041702952996584663
    W_0_3     relu_ge_pre_47  0.31153297008097952
    W_0_3     relu_ge_pre_48  -0.16769480340449383
    W_0_3     relu_ge_pre_49  -0.05679981583836189
    W_0_3     relu_ge_pre_50  -0.010708844630817182
    W_0_3     relu_ge_pre_51  -0.33857043847661455
    W_0_3     relu_ge_pre_52  -0.46378889925465411
    W_0_3     relu_ge_pre_53  0.1832175278443888
    W_0_3     relu_ge_pre_54  0.057696975582755577
    W_0_3     relu_ge_pre_55  0.20637344443152383
    W_0_3     relu_ge_pre_56  0.82352000575103135
    W_0_3     relu_ge_pre_57  0.018368181568356182
    W_0_3     relu_ge_pre_58  -0.053767632659887703
    W_0_3     relu_ge_pre_59  0.66429579367316471
    W_0_3     relu_le_pre_0  -0.035141082189689692
    W_0_3     relu_le_pre_1  0.27123146163123657
    W_0_3     relu_le_pre_2  -0.010552596503022637
    W_0_3     relu_le_pre_3  -0.23588039948210035
    W_0_3     relu_le_pre_4  0.19697593786061846
    W_0_3     relu_le_pre_5  -0.18440186193493407
    W_0_3     relu_le_pre_6  -0.11093151007448993
    W_0_3     relu_le_pre_7  0.026317684243757744
    W_0_3     relu_le_pre_8  0.11911634463210256
    W_0_3     relu_le_pre_9  0.45606384369863912
    W_0_3     relu_le_pre_10  0.44001907079407598
    W_0_3     relu_le_pre_11  0.3139260369673445
    W_0_3     relu_le_pre_12  -0.062208140907547185
    W_0_3     relu_le_pre_13  0.37823329180213577
    W_0_3     relu_le_pre_14  -0.55417506261881044
    W_0_3     relu_le_pre_15  0.2772701301610786
    W_0_3     relu_le_pre_16  0.19534371438097065
    W_0_3     relu_le_pre_17  0.71470197300994609
    W_0_3     relu_le_pre_18  0.1143825987330523
    W_0_3     relu_le_pre_19  -0.085951173337998385
    W_0_3     relu_le_pre_20  -0.35079242846133074
    W_0_3     relu_le_pre_21  -0.12773890788634662
    W_0_3     relu_le_pre_22  0.38117924852038165
    W_0_3     relu_le_pre_23  0.077720183248810179
    W_0_3     relu_le_pre_24  -0.51789241675596176
    W_0_3     relu_le_pre_25  -0.32789733815217448
    W_0_3     relu_le_pre_26  0.51154520239954071
    W_0_3     relu_le_pre_27  0.30190303649194011
    W_0_3     relu_le_pre_28  -0.20641375124370839
    W_0_3     relu_le_pre_29  -0.047061217817323808
    W_0_3     relu_le_pre_30  -0.55932626074056624
    W_0_3     relu_le_pre_31  -0.55116593980026085
    W_0_3     relu_le_pre_32  -0.38826817219506682
    W_0_3     relu_le_pre_33  0.11735326587733688
    W_0_3     relu_le_pre_34  -0.28909374127271514
    W_0_3     relu_le_pre_35  -0.7074437027659134
    W_0_3     relu_le_pre_36  0.19532475789146023
    W_0_3     relu_le_pre_37  0.38749554521974633
    W_0_3     relu_le_pre_38  -0.75218955021564071
    W_0_3     relu_le_pre_39  -0.26175199498797552
    W_0_3     relu_le_pre_40  0.037034477842267433
    W_0_3     relu_le_pre_41  -0.054344691096592491
    W_0_3     relu_le_pre_42  0.87425015083356905
    W_0_3     relu_le_pre_43  0.40182260884968596
    W_0_3     relu_le_pre_44  0.21059823536467159
    W_0_3     relu_le_pre_45  0.86331111682477135
    W_0_3     relu_le_pre_46  0.041702952996584663
    W_0_3     relu_le_pre_47  0.31153297008097952
    W_0_3     relu_le_pre_48  -0.16769480340449383
    W_0_3     relu_le_pre_49  -0.05679981583836189
    W_0_3     relu_le_pre_50  -0.010708844630817182
    W_0_3     relu_le_pre_51  -0.33857043847661455
    W_0_3     relu_le_pre_52  -0.46378889925465411
    W_0_3     relu_le_pre_53  0.1832175278443888
    W_0_3     relu_le_pre_54  0.057696975582755577
    W_0_3     relu_le_pre_55  0.20637344443152383
    W_0_3     relu_le_pre_56  0.82352000575103135
    W_0_3     relu_le_pre_57  0.018368181568356182
    W_0_3     relu_le_pre_58  -0.053767632659887703
    W_0_3     relu_le_pre_59  0.66429579367316471
    W_0_4     relu_ge_pre_0  0.054882915994955622
    W_0_4     relu_ge_pre_1  -0.33448931749379984
    W_0_4     relu_ge_pre_2  -0.67241204272449151
    W_0_4     relu_ge_pre_3  -0.84445534851343107
    W_0_4     relu_ge_pre_4  0.064821729194987771
    W_0_4     relu_ge_pre_5  0.7782644471392467
    W_0_4     relu_ge_pre_6  -0.28111301884833212
    W_0_4     relu_ge_pre_7  -0.70130761055210733
    W_0_4     relu_ge_pre_8  0.5366297004641104
    W_0_4     relu_ge_pre_9  -0.13350493818288844
    W_0_4     relu_ge_pre_10  -0.016472890568643383
    W_0_4     relu_ge_pre_11  -0.24358333943873406
    W_0_4     relu_ge_pre_12  0.11553622541527109
    W_0_4     relu_ge_pre_13  -0.50722929508420866
    W_0_4     relu_ge_pre_14  -0.24804660921572275
    W_0_4     relu_ge_pre_15  0.34710076754074826
    W_0_4     relu_ge_pre_16  0.10522499755115737
    W_0_4     relu_ge_pre_17  0.0018236047597921584
    W_0_4     relu_ge_pre_18  -0.10575511675236535
    W_0_4     relu_ge_pre_19  0.070930322068814833
    W_0_4     relu_ge_pre_20  -0.35034357460272481
    W_0_4     relu_ge_pre_21  0.54647747494492405
    W_0_4     relu_ge_pre_22  0.31208482366773382
    W_0_4     relu_ge_pre_23  -0.30211101647607586
    W_0_4     relu_ge_pre_24  0.40781821975088206
    W_0_4     relu_ge_pre_25  0.152144120792503
    W_0_4     relu_ge_pre_26  -0.26455684551149738
    W_0_4     relu_ge_pre_27  0.344141664145726
    W_0_4     relu_ge_pre_28  -0.071943785508424646
    W_0_4     relu_ge_pre_29  0.33061545899593725
    W_0_4     relu_ge_pre_30  0.26656764922680054
    W_0_4     relu_ge_pre_31  0.67968324388093515
    W_0_4     relu_ge_pre_32  -0.50206874803964741
    W_0_4     relu_ge_pre_33  0.058467119395487342
    W_0_4     relu_ge_pre_34  -0.61709297292260779
    W_0_4     relu_ge_pre_35  0.56573007227288885
    W_0_4     relu_ge_pre_36  -0.30834576122366553
    W_0_4     relu_ge_pre_37  -0.047648114790471839
    W_0_4     relu_ge_pre_38  -0.12444203100406036
    W_0_4     relu_ge_pre_39  0.60515133159373469
    W_0_4     relu_ge_pre_40  0.449854962634058
    W_0_4     relu_ge_pre_41  0.17463398875338551
    W_0_4     relu_ge_pre_42  0.06432446146491512
    W_0_4     relu_ge_pre_43  -0.029846270281158108
    W_0_4     relu_ge_pre_44  0.806284774462808
    W_0_4     relu_ge_pre_45  -0.43170073347242455
    W_0_4     relu_ge_pre_46  0.29377080446209031
    W_0_4     relu_ge_pre_47  0.022717519898784486
    W_0_4     relu_ge_pre_48  0.013090110871459858
    W_0_4     relu_ge_pre_49  -0.2199220036359589
    W_0_4     relu_ge_pre_50  0.2930784391158891
    W_0_4     relu_ge_pre_51  -0.5434039675646215
    W_0_4     relu_ge_pre_52  0.078580588828059281
    W_0_4     relu_ge_pre_53  -0.36967612742597811
    W_0_4     relu_ge_pre_54  -0.51734371204130014
    W_0_4     relu_ge_pre_55  -0.37778676446257536
    W_0_4     relu_ge_pre_56  0.30352652614974152
    W_0_4     relu_ge_pre_57  -0.22397137183138185
    W_0_4     relu_ge_pre_58  0.32595559038954069
    W_0_4     relu_ge_pre_59  0.26798415934846898
    W_0_4     relu_le_pre_0  0.054882915994955622
    W_0_4     relu_le_pre_1  -0.33448931749379984
    W_0_4     relu_le_pre_2  -0.67241204272449151
    W_0_4     relu_le_pre_3  -0.84445534851343107
    W_0_4     relu_le_pre_4  0.064821729194987771
    W_0_4     relu_le_pre_5  0.7782644471392467
    W_0_4     relu_le_pre_6  -0.28111301884833212
    W_0_4     relu_le_pre_7  -0.70130761055210733
    W_0_4     relu_le_pre_8  0.5366297004641104
    W_0_4     relu_le_pre_9  -0.13350493818288844
    W_0_4     relu_le_pre_10  -0.016472890568643383
    W_0_4     relu_le_pre_11  -0.24358333943873406
    W_0_4     relu_le_pre_12  0.11553622541527109
    W_0_4     relu_le_pre_13  -0.50722929508420866
    W_0_4     relu_le_pre_14  -0.24804660921572275
    W_0_4     relu_le_pre_15  0.34710076754074826
    W_0_4     relu_le_pre_16  0.10522499755115737
    W_0_4     relu_le_pre_17  0.0018236047597921584
    W_0_4     relu_le_pre_18  -0.10575511675236535
    W_0_4     relu_le_pre_19  0.070930322068814833
    W_0_4     relu_le_pre_20  -0.35034357460272481
    W_0_4     relu_le_pre_21  0.54647747494492405
    W_0_4     relu_le_pre_22  0.31208482366773382
    W_0_4     relu_le_pre_23  -0.30211101647607586
    W_0_4     relu_le_pre_24  0.40781821975088206
    W_0_4     relu_le_pre_25  0.152144120792503
    W_0_4     relu_le_pre_26  -0.26455684551149738
    W_0_4     relu_le_pre_27  0.344141664145726
    W_0_4     relu_le_pre_28  -0.071943785508424646
    W_0_4     relu_le_pre_29  0.33061545899593725
    W_0_4     relu_le_pre_30  0.26656764922680054
    W_0_4     relu_le_pre_31  0.67968324388093515
    W_0_4     relu_le_pre_32  -0.50206874803964741
    W_0_4     relu_le_pre_33  0.058467119395487342
    W_0_4     relu_le_pre_34  -0.61709297292260779
    W_0_4     relu_le_pre_35  0.56573007227288885
    W_0_4     relu_le_pre_36  -0.30834576122366553
    W_0_4     relu_le_pre_37  -0.047648114790471839
    W_0_4     relu_le_pre_38  -0.12444203100406036
    W_0_4     relu_le_pre_39  0.60515133159373469
    W_0_4     relu_le_pre_40  0.449854962634058
    W_0_4     relu_le_pre_41  0.17463398875338551
    W_0_4     relu_le_pre_42  0.06432446146491512
    W_0_4     relu_le_pre_43  -0.029846270281158108
    W_0_4     relu_le_pre_44  0.806284774462808
    W_0_4     relu_le_pre_45  -0.43170073347242455
    W_0_4     relu_le_pre_46  0.29377080446209031
    W_0_4     relu_le_pre_47  0.022717519898784486
    W_0_4     relu_le_pre_48  0.013090110871459858
    W_0_4     relu_le_pre_49  -0.2199220036359589
    W_0_4     relu_le_pre_50  0.2930784391158891
    W_0_4     relu_le_pre_51  -0.5434039675646215
    W_0_4     relu_le_pre_52  0.078580588828059281
    W_0_4     relu_le_pre_53  -0.36967612742597811
    W_0_4     relu_le_pre_54  -0.51734371204130014
    W_0_4     relu_le_pre_55  -0.37778676446257536
    W_0_4     relu_le_pre_56  0.30352652614974152
    W_0_4     relu_le_pre_57  -0.22397137183138185
    W_0_4     relu_le_pre_58  0.32595559038954069
    W_0_4     relu_le_pre_59  0.26798415934846898
    b_0       relu_ge_pre_0  -1
    b_0       relu_ge_pre_1  -1
    b_0       relu_ge_pre_2  -1
    b_0       relu_ge_pre_3  -1
    b_0       relu_ge_pre_4  -1
    b_0       relu_ge_pre_5  -1
    b_0       relu_ge_pre_6  -1
    b_0       relu_ge_pre_7  -1
    b_0       relu_ge_pre_8  -1
    b_0       relu_ge_pre_9  -1
    b_0       relu_ge_pre_10  -1
    b_0       relu_ge_pre_11  -1
    b_0       relu_ge_pre_12  -1
    b_0       relu_ge_pre_13  -1
    b_0       relu_ge_pre_14  -1
    b_0       relu_ge_pre_15  -1
    b_0       relu_ge_pre_16  -1
    b_0       relu_ge_pre_17  -1
    b_0       relu_ge_pre_18  -1
    b_0       relu_ge_pre_19  -1
    b_0       relu_ge_pre_20  -1
    b_0       relu_ge_pre_21  -1
    b_0       relu_ge_pre_22  -1
    b_0       relu_ge_pre_23  -1
    b_0       relu_ge_pre_24  -1
    b_0       relu_ge_pre_25  -1
    b_0       relu_ge_pre_26  -1
    b_0       relu_ge_pre_27  -1
    b_0       relu_ge_pre_28  -1
    b_0       relu_ge_pre_29  -1
    b_0       relu_ge_pre_30  -1
    b_0       relu_ge_pre_31  -1
    b_0       relu_ge_pre_32  -1
    b_0       relu_ge_pre_33  -1
    b_0       relu_ge_pre_34  -1
    b_0       relu_ge_pre_35  -1
    b_0       relu_ge_pre_36  -1
    b_0       relu_ge_pre_37  -1
    b_0       relu_ge_pre_38  -1
    b_0       relu_ge_pre_39  -1
    b_0       relu_ge_pre_40  -1
    b_0       relu_ge_pre_41  -1
    b_0       relu_ge_pre_42  -1
    b_0       relu_ge_pre_43  -1
    b_0       relu_ge_pre_44  -1
    b_0       relu_ge_pre_45  -1
    b_0       relu_ge_pre_46  -1
    b_0       relu_ge_pre_47  -1
    b_0       relu_ge_pre_48  -1
    b_0       relu_ge_pre_49  -1
    b_0       relu_ge_pre_50  -1
    b_0       relu_ge_pre_51  -1
    b_0       relu_ge_pre_52  -1
    b_0       relu_ge_pre_53  -1
    b_0       relu_ge_pre_54  -1
    b_0       relu_ge_pre_55  -1
    b_0       relu_ge_pre_56  -1
    b_0       relu_ge_pre_57  -1
    b_0       relu_ge_pre_58  -1
    b_0       relu_ge_pre_59  -1
    b_0       relu_le_pre_0  -1
    b_0       relu_le_pre_1  -1
    b_0       relu_le_pre_2  -1
    b_0       relu_le_pre_3  -1
    b_0       relu_le_pre_4  -1
    b_0       relu_le_pre_5  -1
    b_0       relu_le_pre_6  -1
    b_0       relu_le_pre_7  -1
    b_0       relu_le_pre_8  -1
    b_0       relu_le_pre_9  -1
    b_0       relu_le_pre_10  -1
    b_0       relu_le_pre_11  -1
    b_0       relu_le_pre_12  -1
    b_0       relu_le_pre_13  -1
    b_0       relu_le_pre_14  -1
    b_0       relu_le_pre_15  -1
    b_0       relu_le_pre_16  -1
    b_0       relu_le_pre_17  -1
    b_0       relu_le_pre_18  -1
    b_0       relu_le_pre_19  -1
    b_0       relu_le_pre_20  -1
    b_0       relu_le_pre_21  -1
    b_0       relu_le_pre_22  -1
    b_0       relu_le_pre_23  -1
    b_0       relu_le_pre_24  -1
    b_0       relu_le_pre_25  -1
    b_0       relu_le_pre_26  -1
    b_0       relu_le_pre_27  -1
    b_0       relu_le_pre_28  -1
    b_0       relu_le_pre_29  -1
    b_0       relu_le_pre_30  -1
    b_0       relu_le_pre_31  -1
    b_0       relu_le_pre_32  -1
    b_0       relu_le_pre_33  -1
    b_0       relu_le_pre_34  -1
    b_0       relu_le_pre_35  -1
    b_0       relu_le_pre_36  -1
    b_0       relu_le_pre_37  -1
    b_0       relu_le_pre_38  -1
    b_0       relu_le_pre_39  -1
    b_0       relu_le_pre_40  -1
    b_0       relu_le_pre_41  -1
    b_0       relu_le_pre_42  -1
    b_0       relu_le_pre_43  -1
    b_0       relu_le_pre_44  -1
    b_0       relu_le_pre_45  -1
    b_0       relu_le_pre_46  -1
    b_0       relu_le_pre_47  -1
    b_0       relu_le_pre_48  -1
    b_0       relu_le_pre_49  -1
    b_0       relu_le_pre_50  -1
    b_0       relu_le_pre_51  -1
    b_0       relu_le_pre_52  -1
    b_0       relu_le_pre_53  -1
    b_0       relu_le_pre_54  -1
    b_0       relu_le_pre_55  -1
    b_0       relu_le_pre_56  -1
    b_0       relu_le_pre_57  -1
    b_0       relu_le_pre_58  -1
    b_0       relu_le_pre_59  -1
    h_0_0     relu_ge_pre_0  1
    h_0_0     relu_le_pre_0  1
    h_0_0     relu_le_onoff_0  1
    h_0_0     prod_le_h_0  -1
    h_0_0     prod_ge_0  -1
    h_0_0     max_upper_0  -1
    h_0_0     max_lower_0  -1
    h_1_0     relu_ge_pre_1  1
    h_1_0     relu_le_pre_1  1
    h_1_0     relu_le_onoff_1  1
    h_1_0     prod_le_h_1  -1
    h_1_0     prod_ge_1  -1
    h_1_0     max_upper_1  -1
    h_1_0     max_lower_1  -1
    h_2_0     relu_ge_pre_2  1
    h_2_0     relu_le_pre_2  1
    h_2_0     relu_le_onoff_2  1
    h_2_0     prod_le_h_2  -1
    h_2_0     prod_ge_2  -1
    h_2_0     max_upper_2  -1
    h_2_0     max_lower_2  -1
    h_3_0     relu_ge_pre_3  1
    h_3_0     relu_le_pre_3  1
    h_3_0     relu_le_onoff_3  1
    h_3_0     prod_le_h_3  -1
    h_3_0     prod_ge_3  -1
    h_3_0     max_upper_3  -1
    h_3_0     max_lower_3  -1
    h_4_0     relu_ge_pre_4  1
    h_4_0     relu_le_pre_4  1
    h_4_0     relu_le_onoff_4  1
    h_4_0     prod_le_h_4  -1
    h_4_0     prod_ge_4  -1
    h_4_0     max_upper_4  -1
    h_4_0     max_lower_4  -1
    h_5_0     relu_ge_pre_5  1
    h_5_0     relu_le_pre_5  1
    h_5_0     relu_le_onoff_5  1
    h_5_0     prod_le_h_5  -1
    h_5_0     prod_ge_5  -1
    h_5_0     max_upper_5  -1
    h_5_0     max_lower_5  -1
    h_6_0     relu_ge_pre_6  1
    h_6_0     relu_le_pre_6  1
    h_6_0     relu_le_onoff_6  1
    h_6_0     prod_le_h_6  -1
    h_6_0     prod_ge_6  -1
    h_6_0     max_upper_6  -1
    h_6_0     max_lower_6  -1
    h_7_0     relu_ge_pre_7  1
    h_7_0     relu_le_pre_7  1
    h_7_0     relu_le_onoff_7  1
    h_7_0     prod_le_h_7  -1
    h_7_0     prod_ge_7  -1
    h_7_0     max_upper_7  -1
    h_7_0     max_lower_7  -1
    h_8_0     relu_ge_pre_8  1
    h_8_0     relu_le_pre_8  1
    h_8_0     relu_le_onoff_8  1
    h_8_0     prod_le_h_8  -1
    h_8_0     prod_ge_8  -1
    h_8_0     max_upper_8  -1
    h_8_0     max_lower_8  -1
    h_9_0     relu_ge_pre_9  1
    h_9_0     relu_le_pre_9  1
    h_9_0     relu_le_onoff_9  1
    h_9_0     prod_le_h_9  -1
    h_9_0     prod_ge_9  -1
    h_9_0     max_upper_9  -1
    h_9_0     max_lower_9  -1
    h_10_0    relu_ge_pre_10  1
    h_10_0    relu_le_pre_10  1
    h_10_0    relu_le_onoff_10  1
    h_10_0    prod_le_h_10  -1
    h_10_0    prod_ge_10  -1
    h_10_0    max_upper_10  -1
    h_10_0    max_lower_10  -1
    h_11_0    relu_ge_pre_11  1
    h_11_0    relu_le_pre_11  1
    h_11_0    relu_le_onoff_11  1
    h_11_0    prod_le_h_11  -1
    h_11_0    prod_ge_11  -1
    h_11_0    max_upper_11  -1
    h_11_0    max_lower_11  -1
    h_12_0    relu_ge_pre_12  1
    h_12_0    relu_le_pre_12  1
    h_12_0    relu_le_onoff_12  1
    h_12_0    prod_le_h_12  -1
    h_12_0    prod_ge_12  -1
    h_12_0    max_upper_12  -1
    h_12_0    max_lower_12  -1
    h_13_0    relu_ge_pre_13  1
    h_13_0    relu_le_pre_13  1
    h_13_0    relu_le_onoff_13  1
    h_13_0    prod_le_h_13  -1
    h_13_0    prod_ge_13  -1
    h_13_0    max_upper_13  -1
    h_13_0    max_lower_13  -1
    h_14_0    relu_ge_pre_14  1
    h_14_0    relu_le_pre_14  1
    h_14_0    relu_le_onoff_14  1
    h_14_0    prod_le_h_14  -1
    h_14_0    prod_ge_14  -1
    h_14_0    max_upper_14  -1
    h_14_0    max_lower_14  -1
    h_15_0    relu_ge_pre_15  1
    h_15_0    relu_le_pre_15  1
    h_15_0    relu_le_onoff_15  1
    h_15_0    prod_le_h_15  -1
    h_15_0    prod_ge_15  -1
    h_15_0    max_upper_15  -1
    h_15_0    max_lower_15  -1
    h_16_0    relu_ge_pre_16  1
    h_16_0    relu_le_pre_16  1
    h_16_0    relu_le_onoff_16  1
    h_16_0    prod_le_h_16  -1
    h_16_0    prod_ge_16  -1
    h_16_0    max_upper_16  -1
    h_16_0    max_lower_16  -1
    h_17_0    relu_ge_pre_17  1
    h_17_0    relu_le_pre_17  1
    h_17_0    relu_le_onoff_17  1
    h_17_0    prod_le_h_17  -1
    h_17_0    prod_ge_17  -1
    h_17_0    max_upper_17  -1
    h_17_0    max_lower_17  -1
    h_18_0    relu_ge_pre_18  1
    h_18_0    relu_le_pre_18  1
    h_18_0    relu_le_onoff_18  1
    h_18_0    prod_le_h_18  -1
    h_18_0    prod_ge_18  -1
    h_18_0    max_upper_18  -1
    h_18_0    max_lower_18  -1
    h_19_0    relu_ge_pre_19  1
    h_19_0    relu_le_pre_19  1
    h_19_0    relu_le_onoff_19  1
    h_19_0    prod_le_h_19  -1
    h_19_0    prod_ge_19  -1
    h_19_0    max_upper_19  -1
    h_19_0    max_lower_19  -1
    h_20_0    relu_ge_pre_20  1
    h_20_0    relu_le_pre_20  1
    h_20_0    relu_le_onoff_20  1
    h_20_0    prod_le_h_20  -1
    h_20_0    prod_ge_20  -1
    h_20_0    max_upper_20  -1
    h_20_0    max_lower_20  -1
    h_21_0    relu_ge_pre_21  1
    h_21_0    relu_le_pre_21  1
    h_21_0    relu_le_onoff_21  1
    h_21_0    prod_le_h_21  -1
    h_21_0    prod_ge_21  -1
    h_21_0    max_upper_21  -1
    h_21_0    max_lower_21  -1
    h_22_0    relu_ge_pre_22  1
    h_22_0    relu_le_pre_22  1
    h_22_0    relu_le_onoff_22  1
    h_22_0    prod_le_h_22  -1
    h_22_0    prod_ge_22  -1
    h_22_0    max_upper_22  -1
    h_22_0    max_lower_22  -1
    h_23_0    relu_ge_pre_23  1
    h_23_0    relu_le_pre_23  1
    h_23_0    relu_le_onoff_23  1
    h_23_0    prod_le_h_23  -1
    h_23_0    prod_ge_23  -1
    h_23_0    max_upper_23  -1
    h_23_0    max_lower_23  -1
    h_24_0    relu_ge_pre_24  1
    h_24_0    relu_le_pre_24  1
    h_24_0    relu_le_onoff_24  1
    h_24_0    prod_le_h_24  -1
    h_24_0    prod_ge_24  -1
    h_24_0    max_upper_24  -1
    h_24_0    max_lower_24  -1
    h_25_0    relu_ge_pre_25  1
    h_25_0    relu_le_pre_25  1
    h_25_0    relu_le_onoff_25  1
    h_25_0    prod_le_h_25  -1
    h_25_0    prod_ge_25  -1
    h_25_0    max_upper_25  -1
    h_25_0    max_lower_25  -1
    h_26_0    relu_ge_pre_26  1
    h_26_0    relu_le_pre_26  1
    h_26_0    relu_le_onoff_26  1
    h_26_0    prod_le_h_26  -1
    h_26_0    prod_ge_26  -1
    h_26_0    max_upper_26  -1
    h_26_0    max_lower_26  -1
    h_27_0    relu_ge_pre_27  1
    h_27_0    relu_le_pre_27  1
    h_27_0    relu_le_onoff_27  1
    h_27_0    prod_le_h_27  -1
    h_27_0    prod_ge_27  -1
    h_27_0    max_upper_27  -1
    h_27_0    max_lower_27  -1
    h_28_0    relu_ge_pre_28  1
    h_28_0    relu_le_pre_28  1
    h_28_0    relu_le_onoff_28  1
    h_28_0    prod_le_h_28  -1
    h_28_0    prod_ge_28  -1
    h_28_0    max_upper_28  -1
    h_28_0    max_lower_28  -1
    h_29_0    relu_ge_pre_29  1
    h_29_0    relu_le_pre_29  1
    h_29_0    relu_le_onoff_29  1
    h_29_0    prod_le_h_29  -1
    h_29_0    prod_ge_29  -1
    h_29_0    max_upper_29  -1
    h_29_0    max_lower_29  -1
    h_30_0    relu_ge_pre_30  1
    h_30_0    relu_le_pre_30  1
    h_30_0    relu_le_onoff_30  1
    h_30_0    prod_le_h_30  -1
    h_30_0    prod_ge_30  -1
    h_30_0    max_upper_30  -1
    h_30_0    max_lower_30  -1
    h_31_0    relu_ge_pre_31  1
    h_31_0    relu_le_pre_31  1
    h_31_0    relu_le_onoff_31  1
    h_31_0    prod_le_h_31  -1
    h_31_0    prod_ge_31  -1
    h_31_0    max_upper_31  -1
    h_31_0    max_lower_31  -1
    h_32_0    relu_ge_pre_32  1
    h_32_0    relu_le_pre_32  1
    h_32_0    relu_le_onoff_32  1
    h_32_0    prod_le_h_32  -1
    h_32_0    prod_ge_32  -1
    h_32_0    max_upper_32  -1
    h_32_0    max_lower_32  -1
    h_33_0    relu_ge_pre_33  1
    h_33_0    relu_le_pre_33  1
    h_33_0    relu_le_onoff_33  1
    h_33_0    prod_le_h_33  -1
    h_33_0    prod_ge_33  -1
    h_33_0    max_upper_33  -1
    h_33_0    max_lower_33  -1
    h_34_0    relu_ge_pre_34  1
    h_34_0    relu_le_pre_34  1
    h_34_0    relu_le_onoff_34  1
    h_34_0    prod_le_h_34  -1
    h_34_0    prod_ge_34  -1
    h_34_0    max_upper_34  -1
    h_34_0    max_lower_34  -1
    h_35_0    relu_ge_pre_35  1
    h_35_0    relu_le_pre_35  1
    h_35_0    relu_le_onoff_35  1
    h_35_0    prod_le_h_35  -1
    h_35_0    prod_ge_35  -1
    h_35_0    max_upper_35  -1
    h_35_0    max_lower_35  -1
    h_36_0    relu_ge_pre_36  1
    h_36_0    relu_le_pre_36  1
    h_36_0    relu_le_onoff_36  1
    h_36_0    prod_le_h_36  -1
    h_36_0    prod_ge_36  -1
    h_36_0    max_upper_36  -1
    h_36_0    max_lower_36  -1
    h_37_0    relu_ge_pre_37  1
    h_37_0    relu_le_pre_37  1
    h_37_0    relu_le_onoff_37  1
    h_37_0    prod_le_h_37  -1
    h_37_0    prod_ge_37  -1
    h_37_0    max_upper_37  -1
    h_37_0    max_lower_37  -1
    h_38_0    relu_ge_pre_38  1
    h_38_0    relu_le_pre_38  1
    h_38_0    relu_le_onoff_38  1
    h_38_0    prod_le_h_38  -1
    h_38_0    prod_ge_38  -1
    h_38_0    max_upper_38  -1
    h_38_0    max_lower_38  -1
    h_39_0    relu_ge_pre_39  1
    h_39_0    relu_le_pre_39  1
    h_39_0    relu_le_onoff_39  1
    h_39_0    prod_le_h_39  -1
    h_39_0    prod_ge_39  -1
    h_39_0    max_upper_39  -1
    h_39_0    max_lower_39  -1
    h_40_0    relu_ge_pre_40  1
    h_40_0    relu_le_pre_40  1
    h_40_0    relu_le_onoff_40  1
    h_40_0    prod_le_h_40  -1
    h_40_0    prod_ge_40  -1
    h_40_0    max_upper_40  -1
    h_40_0    max_lower_40  -1
    h_41_0    relu_ge_pre_41  1
    h_41_0    relu_le_pre_41  1
    h_41_0    relu_le_onoff_41  1
    h_41_0    prod_le_h_41  -1
    h_41_0    prod_ge_41  -1
    h_41_0    max_upper_41  -1
    h_41_0    max_lower_41  -1
    h_42_0    relu_ge_pre_42  1
    h_42_0    relu_le_pre_42  1
    h_42_0    relu_le_onoff_42  1
    h_42_0    prod_le_h_42  -1
    h_42_0    prod_ge_42  -1
    h_42_0    max_upper_42  -1
    h_42_0    max_lower_42  -1
    h_43_0    relu_ge_pre_43  1
    h_43_0    relu_le_pre_43  1
    h_43_0    relu_le_onoff_43  1
    h_43_0    prod_le_h_43  -1
    h_43_0    prod_ge_43  -1
    h_43_0    max_upper_43  -1
    h_43_0    max_lower_43  -1
    h_44_0    relu_ge_pre_44  1
    h_44_0    relu_le_pre_44  1
    h_44_0    relu_le_onoff_44  1
    h_44_0    prod_le_h_44  -1
    h_44_0    prod_ge_44  -1
    h_44_0    max_upper_44  -1
    h_44_0    max_lower_44  -1
    h_45_0    relu_ge_pre_45  1
    h_45_0    relu_le_pre_45  1
    h_45_0    relu_le_onoff_45  1
    h_45_0    prod_le_h_45  -1
    h_45_0    prod_ge_45  -1
    h_45_0    max_upper_45  -1
    h_45_0    max_lower_45  -1
    h_46_0    relu_ge_pre_46  1
    h_46_0    relu_le_pre_46  1
    h_46_0    relu_le_onoff_46  1
    h_46_0    prod_le_h_46  -1
    h_46_0    prod_ge_46  -1
    h_46_0    max_upper_46  -1
    h_46_0    max_lower_46  -1
    h_47_0    relu_ge_pre_47  1
    h_47_0    relu_le_pre_47  1
    h_47_0    relu_le_onoff_47  1
    h_47_0    prod_le_h_47  -1
    h_47_0    prod_ge_47  -1
    h_47_0    max_upper_47  -1
    h_47_0    max_lower_47  -1
    h_48_0    relu_ge_pre_48  1
    h_48_0    relu_le_pre_48  1
    h_48_0    relu_le_onoff_48  1
    h_48_0    prod_le_h_48  -1
    h_48_0    prod_ge_48  -1
    h_48_0    max_upper_48  -1
    h_48_0    max_lower_48  -1
    h_49_0    relu_ge_pre_49  1
    h_49_0    relu_le_pre_49  1
    h_49_0    relu_le_onoff_49  1
    h_49_0    prod_le_h_49  -1
    h_49_0    prod_ge_49  -1
    h_49_0    max_upper_49  -1
    h_49_0    max_lower_49  -1
    h_50_0    relu_ge_pre_50  1
    h_50_0    relu_le_pre_50  1
    h_50_0    relu_le_onoff_50  1
    h_50_0    prod_le_h_50  -1
    h_50_0    prod_ge_50  -1
    h_50_0    max_upper_50  -1
    h_50_0    max_lower_50  -1
    h_51_0    relu_ge_pre_51  1
    h_51_0    relu_le_pre_51  1
    h_51_0    relu_le_onoff_51  1
    h_51_0    prod_le_h_51  -1
    h_51_0    prod_ge_51  -1
    h_51_0    max_upper_51  -1
    h_51_0    max_lower_51  -1
    h_52_0    relu_ge_pre_52  1
    h_52_0    relu_le_pre_52  1
    h_52_0    relu_le_onoff_52  1
    h_52_0    prod_le_h_52  -1
    h_52_0    prod_ge_52  -1
    h_52_0    max_upper_52  -1
    h_52_0    max_lower_52  -1
    h_53_0    relu_ge_pre_53  1
    h_53_0    relu_le_pre_53  1
    h_53_0    relu_le_onoff_53  1
    h_53_0    prod_le_h_53  -1
    h_53_0    prod_ge_53  -1
    h_53_0    max_upper_53  -1
    h_53_0    max_lower_53  -1
    h_54_0    relu_ge_pre_54  1
    h_54_0    relu_le_pre_54  1
    h_54_0    relu_le_onoff_54  1
    h_54_0    prod_le_h_54  -1
    h_54_0    prod_ge_54  -1
    h_54_0    max_upper_54  -1
    h_54_0    max_lower_54  -1
    h_55_0    relu_ge_pre_55  1
    h_55_0    relu_le_pre_55  1
    h_55_0    relu_le_onoff_55  1
    h_55_0    prod_le_h_55  -1
    h_55_0    prod_ge_55  -1
    h_55_0    max_upper_55  -1
    h_55_0    max_lower_55  -1
    h_56_0    relu_ge_pre_56  1
    h_56_0    relu_le_pre_56  1
    h_56_0    relu_le_onoff_56  1
    h_56_0    prod_le_h_56  -1
    h_56_0    prod_ge_56  -1
    h_56_0    max_upper_56  -1
    h_56_0    max_lower_56  -1
    h_57_0    relu_ge_pre_57  1
    h_57_0    relu_le_pre_57  1
    h_57_0    relu_le_onoff_57  1
    h_57_0    prod_le_h_57  -1
    h_57_0    prod_ge_57  -1
    h_57_0    max_upper_57  -1
    h_57_0    max_lower_57  -1
    h_58_0    relu_ge_pre_58  1
    h_58_0    relu_le_pre_58  1
    h_58_0    relu_le_onoff_58  1
    h_58_0    prod_le_h_58  -1
    h_58_0    prod_ge_58  -1
    h_58_0    max_upper_58  -1
    h_58_0    max_lower_58  -1
    h_59_0    relu_ge_pre_59  1
    h_59_0    relu_le_pre_59  1
    h_59_0    relu_le_onoff_59  1
    h_59_0    prod_le_h_59  -1
    h_59_0    prod_ge_59  -1
    h_59_0    max_upper_59  -1
    h_59_0    max_lower_59  -1
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  1.7779685821451479
    z_0_0     relu_le_onoff_0  -1.7779685821451479
    z_1_0     relu_le_pre_1  2.9969128241083971
    z_1_0     relu_le_onoff_1  -2.9969128241083971
    z_2_0     relu_le_pre_2  2.2902563320517233
    z_2_0     relu_le_onoff_2  -2.2902563320517233
    z_3_0     relu_le_pre_3  2.6184816689124801
    z_3_0     relu_le_onoff_3  -2.6184816689124801
    z_4_0     relu_le_pre_4  1.5985478834924203
    z_4_0     relu_le_onoff_4  -1.5985478834924203
    z_5_0     relu_le_pre_5  2.3904135708353147
    z_5_0     relu_le_onoff_5  -2.3904135708353147
    z_6_0     relu_le_pre_6  2.8565360423496156
    z_6_0     relu_le_onoff_6  -2.8565360423496156
    z_7_0     relu_le_pre_7  2.4996325299486761
    z_7_0     relu_le_onoff_7  -2.4996325299486761
    z_8_0     relu_le_pre_8  2.8455337736403519
    z_8_0     relu_le_onoff_8  -2.8455337736403519
    z_9_0     relu_le_pre_9  2.3943865946465515
    z_9_0     relu_le_onoff_9  -2.3943865946465515
    z_10_0    relu_le_pre_10  2.4433018945557388
    z_10_0    relu_le_onoff_10  -2.4433018945557388
    z_11_0    relu_le_pre_11  2.8466865229118898
    z_11_0    relu_le_onoff_11  -2.8466865229118898
    z_12_0    relu_le_pre_12  1.9007646945416363
    z_12_0    relu_le_onoff_12  -1.9007646945416363
    z_13_0    relu_le_pre_13  3.0169813016839604
    z_13_0    relu_le_onoff_13  -3.0169813016839604
    z_14_0    relu_le_pre_14  2.4981712644511274
    z_14_0    relu_le_onoff_14  -2.4981712644511274
    z_15_0    relu_le_pre_15  2.5962514154421648
    z_15_0    relu_le_onoff_15  -2.5962514154421648
    z_16_0    relu_le_pre_16  2.4898068111275098
    z_16_0    relu_le_onoff_16  -2.4898068111275098
    z_17_0    relu_le_pre_17  2.5630340829685689
    z_17_0    relu_le_onoff_17  -2.5630340829685689
    z_18_0    relu_le_pre_18  2.0086198190027686
    z_18_0    relu_le_onoff_18  -2.0086198190027686
    z_19_0    relu_le_pre_19  2.3445941322178707
    z_19_0    relu_le_onoff_19  -2.3445941322178707
    z_20_0    relu_le_pre_20  2.4777929945625701
    z_20_0    relu_le_onoff_20  -2.4777929945625701
    z_21_0    relu_le_pre_21  2.3907987821626828
    z_21_0    relu_le_onoff_21  -2.3907987821626828
    z_22_0    relu_le_pre_22  3.0736031889952358
    z_22_0    relu_le_onoff_22  -3.0736031889952358
    z_23_0    relu_le_pre_23  2.4552849771287919
    z_23_0    relu_le_onoff_23  -2.4552849771287919
    z_24_0    relu_le_pre_24  2.9313733135546998
    z_24_0    relu_le_onoff_24  -2.9313733135546998
    z_25_0    relu_le_pre_25  2.7319990601047532
    z_25_0    relu_le_onoff_25  -2.7319990601047532
    z_26_0    relu_le_pre_26  2.6768568973230673
    z_26_0    relu_le_onoff_26  -2.6768568973230673
    z_27_0    relu_le_pre_27  2.4877364754643745
    z_27_0    relu_le_onoff_27  -2.4877364754643745
    z_28_0    relu_le_pre_28  2.1379355058162055
    z_28_0    relu_le_onoff_28  -2.1379355058162055
    z_29_0    relu_le_pre_29  2.2738768372079794
    z_29_0    relu_le_onoff_29  -2.2738768372079794
    z_30_0    relu_le_pre_30  2.893951236182108
    z_30_0    relu_le_onoff_30  -2.893951236182108
    z_31_0    relu_le_pre_31  2.755078502218085
    z_31_0    relu_le_onoff_31  -2.755078502218085
    z_32_0    relu_le_pre_32  2.5734334006153476
    z_32_0    relu_le_onoff_32  -2.5734334006153476
    z_33_0    relu_le_pre_33  2.3387271655387014
    z_33_0    relu_le_onoff_33  -2.3387271655387014
    z_34_0    relu_le_pre_34  2.9022460484090375
    z_34_0    relu_le_onoff_34  -2.9022460484090375
    z_35_0    relu_le_pre_35  2.8285971941710293
    z_35_0    relu_le_onoff_35  -2.8285971941710293
    z_36_0    relu_le_pre_36  2.0967428254360829
    z_36_0    relu_le_onoff_36  -2.0967428254360829
    z_37_0    relu_le_pre_37  2.1887852674293127
    z_37_0    relu_le_onoff_37  -2.1887852674293127
    z_38_0    relu_le_pre_38  2.7153351693355314
    z_38_0    relu_le_onoff_38  -2.7153351693355314
    z_39_0    relu_le_pre_39  2.5829949062241813
    z_39_0    relu_le_onoff_39  -2.5829949062241813
    z_40_0    relu_le_pre_40  2.4671371088576732
    z_40_0    relu_le_onoff_40  -2.4671371088576732
    z_41_0    relu_le_pre_41  2.6555204250076203
    z_41_0    relu_le_onoff_41  -2.6555204250076203
    z_42_0    relu_le_pre_42  2.4334330131028974
    z_42_0    relu_le_onoff_42  -2.4334330131028974
    z_43_0    relu_le_pre_43  2.1706845054345472
    z_43_0    relu_le_onoff_43  -2.1706845054345472
    z_44_0    relu_le_pre_44  2.794491473069078
    z_44_0    relu_le_onoff_44  -2.794491473069078
    z_45_0    relu_le_pre_45  2.6605775597420402
    z_45_0    relu_le_onoff_45  -2.6605775597420402
    z_46_0    relu_le_pre_46  2.6540557615682348
    z_46_0    relu_le_onoff_46  -2.6540557615682348
    z_47_0    relu_le_pre_47  2.5053848698494567
    z_47_0    relu_le_onoff_47  -2.5053848698494567
    z_48_0    relu_le_pre_48  2.0294674001287345
    z_48_0    relu_le_onoff_48  -2.0294674001287345
    z_49_0    relu_le_pre_49  2.535789348130022
    z_49_0    relu_le_onoff_49  -2.535789348130022
    z_50_0    relu_le_pre_50  2.2649469615617424
    z_50_0    relu_le_onoff_50  -2.2649469615617424
    z_51_0    relu_le_pre_51  2.9069766365904464
    z_51_0    relu_le_onoff_51  -2.9069766365904464
    z_52_0    relu_le_pre_52  2.7764324554888917
    z_52_0    relu_le_onoff_52  -2.7764324554888917
    z_53_0    relu_le_pre_53  2.7083210417695467
    z_53_0    relu_le_onoff_53  -2.7083210417695467
    z_54_0    relu_le_pre_54  2.5071739372296431
    z_54_0    relu_le_onoff_54  -2.5071739372296431
    z_55_0    relu_le_pre_55  2.4456254293553981
    z_55_0    relu_le_onoff_55  -2.4456254293553981
    z_56_0    relu_le_pre_56  2.8185410987296997
    z_56_0    relu_le_onoff_56  -2.8185410987296997
    z_57_0    relu_le_pre_57  2.2703179275426617
    z_57_0    relu_le_onoff_57  -2.2703179275426617
    z_58_0    relu_le_pre_58  2.1891337548404204
    z_58_0    relu_le_onoff_58  -2.1891337548404204
    z_59_0    relu_le_pre_59  2.857927706562537
    z_59_0    relu_le_onoff_59  -2.857927706562537
    sgn_0     prod_le_sign_0  -1.7779685821451479
    sgn_0     prod_le_sign_1  -2.9969128241083971
    sgn_0     prod_le_sign_2  -2.2902563320517233
    sgn_0     prod_le_sign_3  -2.6184816689124801
    sgn_0     prod_le_sign_4  -1.5985478834924203
    sgn_0     prod_le_sign_5  -2.3904135708353147
    sgn_0     prod_le_sign_6  -2.8565360423496156
    sgn_0     prod_le_sign_7  -2.4996325299486761
    sgn_0     prod_le_sign_8  -2.8455337736403519
    sgn_0     prod_le_sign_9  -2.3943865946465515
    sgn_0     prod_le_sign_10  -2.4433018945557388
    sgn_0     prod_le_sign_11  -2.8466865229118898
    sgn_0     prod_le_sign_12  -1.9007646945416363
    sgn_0     prod_le_sign_13  -3.0169813016839604
    sgn_0     prod_le_sign_14  -2.4981712644511274
    sgn_0     prod_le_sign_15  -2.5962514154421648
    sgn_0     prod_le_sign_16  -2.4898068111275098
    sgn_0     prod_le_sign_17  -2.5630340829685689
    sgn_0     prod_le_sign_18  -2.0086198190027686
    sgn_0     prod_le_sign_19  -2.3445941322178707
    sgn_0     prod_le_sign_20  -2.4777929945625701
    sgn_0     prod_le_sign_21  -2.3907987821626828
    sgn_0     prod_le_sign_22  -3.0736031889952358
    sgn_0     prod_le_sign_23  -2.4552849771287919
    sgn_0     prod_le_sign_24  -2.9313733135546998
    sgn_0     prod_le_sign_25  -2.7319990601047532
    sgn_0     prod_le_sign_26  -2.6768568973230673
    sgn_0     prod_le_sign_27  -2.4877364754643745
    sgn_0     prod_le_sign_28  -2.1379355058162055
    sgn_0     prod_le_sign_29  -2.2738768372079794
    sgn_0     prod_le_sign_30  -2.893951236182108
    sgn_0     prod_le_sign_31  -2.755078502218085
    sgn_0     prod_le_sign_32  -2.5734334006153476
    sgn_0     prod_le_sign_33  -2.3387271655387014
    sgn_0     prod_le_sign_34  -2.9022460484090375
    sgn_0     prod_le_sign_35  -2.8285971941710293
    sgn_0     prod_le_sign_36  -2.0967428254360829
    sgn_0     prod_le_sign_37  -2.1887852674293127
    sgn_0     prod_le_sign_38  -2.7153351693355314
    sgn_0     prod_le_sign_39  -2.5829949062241813
    sgn_0     prod_le_sign_40  -2.4671371088576732
    sgn_0     prod_le_sign_41  -2.6555204250076203
    sgn_0     prod_le_sign_42  -2.4334330131028974
    sgn_0     prod_le_sign_43  -2.1706845054345472
    sgn_0     prod_le_sign_44  -2.794491473069078
    sgn_0     prod_le_sign_45  -2.6605775597420402
    sgn_0     prod_le_sign_46  -2.6540557615682348
    sgn_0     prod_le_sign_47  -2.5053848698494567
    sgn_0     prod_le_sign_48  -2.0294674001287345
    sgn_0     prod_le_sign_49  -2.535789348130022
    sgn_0     prod_le_sign_50  -2.2649469615617424
    sgn_0     prod_le_sign_51  -2.9069766365904464
    sgn_0     prod_le_sign_52  -2.7764324554888917
    sgn_0     prod_le_sign_53  -2.7083210417695467
    sgn_0     prod_le_sign_54  -2.5071739372296431
    sgn_0     prod_le_sign_55  -2.4456254293553981
    sgn_0     prod_le_sign_56  -2.8185410987296997
    sgn_0     prod_le_sign_57  -2.2703179275426617
    sgn_0     prod_le_sign_58  -2.1891337548404204
    sgn_0     prod_le_sign_59  -2.857927706562537
    sgn_0     prod_ge_0  -1.7779685821451479
    sgn_0     prod_ge_1  -2.9969128241083971
    sgn_0     prod_ge_2  -2.2902563320517233
    sgn_0     prod_ge_3  -2.6184816689124801
    sgn_0     prod_ge_4  -1.5985478834924203
    sgn_0     prod_ge_5  -2.3904135708353147
    sgn_0     prod_ge_6  -2.8565360423496156
    sgn_0     prod_ge_7  -2.4996325299486761
    sgn_0     prod_ge_8  -2.8455337736403519
    sgn_0     prod_ge_9  -2.3943865946465515
    sgn_0     prod_ge_10  -2.4433018945557388
    sgn_0     prod_ge_11  -2.8466865229118898
    sgn_0     prod_ge_12  -1.9007646945416363
    sgn_0     prod_ge_13  -3.0169813016839604
    sgn_0     prod_ge_14  -2.4981712644511274
    sgn_0     prod_ge_15  -2.5962514154421648
    sgn_0     prod_ge_16  -2.4898068111275098
    sgn_0     prod_ge_17  -2.5630340829685689
    sgn_0     prod_ge_18  -2.0086198190027686
    sgn_0     prod_ge_19  -2.3445941322178707
    sgn_0     prod_ge_20  -2.4777929945625701
    sgn_0     prod_ge_21  -2.3907987821626828
    sgn_0     prod_ge_22  -3.0736031889952358
    sgn_0     prod_ge_23  -2.4552849771287919
    sgn_0     prod_ge_24  -2.9313733135546998
    sgn_0     prod_ge_25  -2.7319990601047532
    sgn_0     prod_ge_26  -2.6768568973230673
    sgn_0     prod_ge_27  -2.4877364754643745
    sgn_0     prod_ge_28  -2.1379355058162055
    sgn_0     prod_ge_29  -2.2738768372079794
    sgn_0     prod_ge_30  -2.893951236182108
    sgn_0     prod_ge_31  -2.755078502218085
    sgn_0     prod_ge_32  -2.5734334006153476
    sgn_0     prod_ge_33  -2.3387271655387014
    sgn_0     prod_ge_34  -2.9022460484090375
    sgn_0     prod_ge_35  -2.8285971941710293
    sgn_0     prod_ge_36  -2.0967428254360829
    sgn_0     prod_ge_37  -2.1887852674293127
    sgn_0     prod_ge_38  -2.7153351693355314
    sgn_0     prod_ge_39  -2.5829949062241813
    sgn_0     prod_ge_40  -2.4671371088576732
    sgn_0     prod_ge_41  -2.6555204250076203
    sgn_0     prod_ge_42  -2.4334330131028974
    sgn_0     prod_ge_43  -2.1706845054345472
    sgn_0     prod_ge_44  -2.794491473069078
    sgn_0     prod_ge_45  -2.6605775597420402
    sgn_0     prod_ge_46  -2.6540557615682348
    sgn_0     prod_ge_47  -2.5053848698494567
    sgn_0     prod_ge_48  -2.0294674001287345
    sgn_0     prod_ge_49  -2.535789348130022
    sgn_0     prod_ge_50  -2.2649469615617424
    sgn_0     prod_ge_51  -2.9069766365904464
    sgn_0     prod_ge_52  -2.7764324554888917
    sgn_0     prod_ge_53  -2.7083210417695467
    sgn_0     prod_ge_54  -2.5071739372296431
    sgn_0     prod_ge_55  -2.4456254293553981
    sgn_0     prod_ge_56  -2.8185410987296997
    sgn_0     prod_ge_57  -2.2703179275426617
    sgn_0     prod_ge_58  -2.1891337548404204
    sgn_0     prod_ge_59  -2.857927706562537
    MARK0001  'MARKER'                 'INTEND'
    g_0_0     prod_le_h_0  1
    g_0_0     prod_le_sign_0  1
    g_0_0     prod_ge_0  1
    g_0_0     max_upper_0  2
    g_0_0     max_lower_0  2
    g_1_0     prod_le_h_1  1
    g_1_0     prod_le_sign_1  1
    g_1_0     prod_ge_1  1
    g_1_0     max_upper_1  2
    g_1_0     max_lower_1  2
    g_2_0     prod_le_h_2  1
    g_2_0     prod_le_sign_2  1
    g_2_0     prod_ge_2  1
    g_2_0     max_upper_2  2
    g_2_0     max_lower_2  2
    g_3_0     prod_le_h_3  1
    g_3_0     prod_le_sign_3  1
    g_3_0     prod_ge_3  1
    g_3_0     max_upper_3  2
    g_3_0     max_lower_3  2
    g_4_0     prod_le_h_4  1
    g_4_0     prod_le_sign_4  1
    g_4_0     prod_ge_4  1
    g_4_0     max_upper_4  2
    g_4_0     max_lower_4  2
    g_5_0     prod_le_h_5  1
    g_5_0     prod_le_sign_5  1
    g_5_0     prod_ge_5  1
    g_5_0     max_upper_5  2
    g_5_0     max_lower_5  2
    g_6_0     prod_le_h_6  1
    g_6_0     prod_le_sign_6  1
    g_6_0     prod_ge_6  1
    g_6_0     max_upper_6  2
    g_6_0     max_lower_6  2
    g_7_0     prod_le_h_7  1
    g_7_0     prod_le_sign_7  1
    g_7_0     prod_ge_7  1
    g_7_0     max_upper_7  2
    g_7_0     max_lower_7  2
    g_8_0     prod_le_h_8  1
    g_8_0     prod_le_sign_8  1
    g_8_0     prod_ge_8  1
    g_8_0     max_upper_8  2
    g_8_0     max_lower_8  2
    g_9_0     prod_le_h_9  1
    g_9_0     prod_le_sign_9  1
    g_9_0     prod_ge_9  1
    g_9_0     max_upper_9  2
    g_9_0     max_lower_9  2
    g_10_0    prod_le_h_10  1
    g_10_0    prod_le_sign_10  1
    g_10_0    prod_ge_10  1
    g_10_0    max_upper_10  2
    g_10_0    max_lower_10  2
    g_11_0    prod_le_h_11  1
    g_11_0    prod_le_sign_11  1
    g_11_0    prod_ge_11  1
    g_11_0    max_upper_11  2
    g_11_0    max_lower_11  2
    g_12_0    prod_le_h_12  1
    g_12_0    prod_le_sign_12  1
    g_12_0    prod_ge_12  1
    g_12_0    max_upper_12  2
    g_12_0    max_lower_12  2
    g_13_0    prod_le_h_13  1
    g_13_0    prod_le_sign_13  1
    g_13_0    prod_ge_13  1
    g_13_0    max_upper_13  2
    g_13_0    max_lower_13  2
    g_14_0    prod_le_h_14  1
    g_14_0    prod_le_sign_14  1
    g_14_0    prod_ge_14  1
    g_14_0    max_upper_14  2
    g_14_0    max_lower_14  2
    g_15_0    prod_le_h_15  1
    g_15_0    prod_le_sign_15  1
    g_15_0    prod_ge_15  1
    g_15_0    max_upper_15  2
    g_15_0    max_lower_15  2
    g_16_0    prod_le_h_16  1
    g_16_0    prod_le_sign_16  1
    g_16_0    prod_ge_16  1
    g_16_0    max_upper_16  2
    g_16_0    max_lower_16  2
    g_17_0    prod_le_h_17  1
    g_17_0    prod_le_sign_17  1
    g_17_0    prod_ge_17  1
    g_17_0    max_upper_17  2
    g_17_0    max_lower_17  2
    g_18_0    prod_le_h_18  1
    g_18_0    prod_le_sign_18  1
    g_18_0    prod_ge_18  1
    g_18_0    max_upper_18  2
    g_18_0    max_lower_18  2
    g_19_0    prod_le_h_19  1
    g_19_0    prod_le_sign_19  1
    g_19_0    prod_ge_19  1
    g_19_0    max_upper_19  2
    g_19_0    max_lower_19  2
    g_20_0    prod_le_h_20  1
    g_20_0    prod_le_sign_20  1
    g_20_0    prod_ge_20  1
    g_20_0    max_upper_20  2
    g_20_0    max_lower_20  2
    g_21_0    prod_le_h_21  1
    g_21_0    prod_le_sign_21  1
    g_21_0    prod_ge_21  1
    g_21_0    max_upper_21  2
    g_21_0    max_lower_21  2
    g_22_0    prod_le_h_22  1
    g_22_0    prod_le_sign_22  1
    g_22_0    prod_ge_22  1
    g_22_0    max_upper_22  2
    g_22_0    max_lower_22  2
    g_23_0    prod_le_h_23  1
    g_23_0    prod_le_sign_23  1
    g_23_0    prod_ge_23  1
    g_23_0    max_upper_23  2
    g_23_0    max_lower_23  2
    g_24_0    prod_le_h_24  1
    g_24_0    prod_le_sign_24  1
    g_24_0    prod_ge_24  1
    g_24_0    max_upper_24  2
    g_24_0    max_lower_24  2
    g_25_0    prod_le_h_25  1
    g_25_0    prod_le_sign_25  1
    g_25_0    prod_ge_25  1
    g_25_0    max_upper_25  2
    g_25_0    max_lower_25  2
    g_26_0    prod_le_h_26  1
    g_26_0    prod_le_sign_26  1
    g_26_0    prod_ge_26  1
    g_26_0    max_upper_26  2
    g_26_0    max_lower_26  2
    g_27_0    prod_le_h_27  1
    g_27_0    prod_le_sign_27  1
    g_27_0    prod_ge_27  1
    g_27_0    max_upper_27  2
    g_27_0    max_lower_27  2
    g_28_0    prod_le_h_28  1
    g_28_0    prod_le_sign_28  1
    g_28_0    prod_ge_28  1
    g_28_0    max_upper_28  2
    g_28_0    max_lower_28  2
    g_29_0    prod_le_h_29  1
    g_29_0    prod_le_sign_29  1
    g_29_0    prod_ge_29  1
    g_29_0    max_upper_29  2
    g_29_0    max_lower_29  2
    g_30_0    prod_le_h_30  1
    g_30_0    prod_le_sign_30  1
    g_30_0    prod_ge_30  1
    g_30_0    max_upper_30  2
    g_30_0    max_lower_30  2
    g_31_0    prod_le_h_31  1
    g_31_0    prod_le_sign_31  1
    g_31_0    prod_ge_31  1
    g_31_0    max_upper_31  2
    g_31_0    max_lower_31  2
    g_32_0    prod_le_h_32  1
    g_32_0    prod_le_sign_32  1
    g_32_0    prod_ge_32  1
    g_32_0    max_upper_32  2
    g_32_0    max_lower_32  2
    g_33_0    prod_le_h_33  1
    g_33_0    prod_le_sign_33  1
    g_33_0    prod_ge_33  1
    g_33_0    max_upper_33  2
    g_33_0    max_lower_33  2
    g_34_0    prod_le_h_34  1
    g_34_0    prod_le_sign_34  1
    g_34_0    prod_ge_34  1
    g_34_0    max_upper_34  2
    g_34_0    max_lower_34  2
    g_35_0    prod_le_h_35  1
    g_35_0    prod_le_sign_35  1
    g_35_0    prod_ge_35  1
    g_35_0    max_upper_35  2
    g_35_0    max_lower_35  2
    g_36_0    prod_le_h_36  1
    g_36_0    prod_le_sign_36  1
    g_36_0    prod_ge_36  1
    g_36_0    max_upper_36  2
    g_36_0    max_lower_36  2
    g_37_0    prod_le_h_37  1
    g_37_0    prod_le_sign_37  1
    g_37_0    prod_ge_37  1
    g_37_0    max_upper_37  2
    g_37_0    max_lower_37  2
    g_38_0    prod_le_h_38  1
    g_38_0    prod_le_sign_38  1
    g_38_0    prod_ge_38  1
    g_38_0    max_upper_38  2
    g_38_0    max_lower_38  2
    g_39_0    prod_le_h_39  1
    g_39_0    prod_le_sign_39  1
    g_39_0    prod_ge_39  1
    g_39_0    max_upper_39  2
    g_39_0    max_lower_39  2
    g_40_0    prod_le_h_40  1
    g_40_0    prod_le_sign_40  1
    g_40_0    prod_ge_40  1
    g_40_0    max_upper_40  2
    g_40_0    max_lower_40  2
    g_41_0    prod_le_h_41  1
    g_41_0    prod_le_sign_41  1
    g_41_0    prod_ge_41  1
    g_41_0    max_upper_41  2
    g_41_0    max_lower_41  2
    g_42_0    prod_le_h_42  1
    g_42_0    prod_le_sign_42  1
    g_42_0    prod_ge_42  1
    g_42_0    max_upper_42  2
    g_42_0    max_lower_42  2
    g_43_0    prod_le_h_43  1
    g_43_0    prod_le_sign_43  1
    g_43_0    prod_ge_43  1
    g_43_0    max_upper_43  2
    g_43_0    max_lower_43  2
    g_44_0    prod_le_h_44  1
    g_44_0    prod_le_sign_44  1
    g_44_0    prod_ge_44  1
    g_44_0    max_upper_44  2
    g_44_0    max_lower_44  2
    g_45_0    prod_le_h_45  1
    g_45_0    prod_le_sign_45  1
    g_45_0    prod_ge_45  1
    g_45_0    max_upper_45  2
    g_45_0    max_lower_45  2
    g_46_0    prod_le_h_46  1
    g_46_0    prod_le_sign_46  1
    g_46_0    prod_ge_46  1
    g_46_0    max_upper_46  2
    g_46_0    max_lower_46  2
    g_47_0    prod_le_h_47  1
    g_47_0    prod_le_sign_47  1
    g_47_0    prod_ge_47  1
    g_47_0    max_upper_47  2
    g_47_0    max_lower_47  2
    g_48_0    prod_le_h_48  1
    g_48_0    prod_le_sign_48  1
    g_48_0    prod_ge_48  1
    g_48_0    max_upper_48  2
    g_48_0    max_lower_48  2
    g_49_0    prod_le_h_49  1
    g_49_0    prod_le_sign_49  1
    g_49_0    prod_ge_49  1
    g_49_0    max_upper_49  2
    g_49_0    max_lower_49  2
    g_50_0    prod_le_h_50  1
    g_50_0    prod_le_sign_50  1
    g_50_0    prod_ge_50  1
    g_50_0    max_upper_50  2
    g_50_0    max_lower_50  2
    g_51_0    prod_le_h_51  1
    g_51_0    prod_le_sign_51  1
    g_51_0    prod_ge_51  1
    g_51_0    max_upper_51  2
    g_51_0    max_lower_51  2
    g_52_0    prod_le_h_52  1
    g_52_0    prod_le_sign_52  1
    g_52_0    prod_ge_52  1
    g_52_0    max_upper_52  2
    g_52_0    max_lower_52  2
    g_53_0    prod_le_h_53  1
    g_53_0    prod_le_sign_53  1
    g_53_0    prod_ge_53  1
    g_53_0    max_upper_53  2
    g_53_0    max_lower_53  2
    g_54_0    prod_le_h_54  1
    g_54_0    prod_le_sign_54  1
    g_54_0    prod_ge_54  1
    g_54_0    max_upper_54  2
    g_54_0    max_lower_54  2
    g_55_0    prod_le_h_55  1
    g_55_0    prod_le_sign_55  1
    g_55_0    prod_ge_55  1
    g_55_0    max_upper_55  2
    g_55_0    max_lower_55  2
    g_56_0    prod_le_h_56  1
    g_56_0    prod_le_sign_56  1
    g_56_0    prod_ge_56  1
    g_56_0    max_upper_56  2
    g_56_0    max_lower_56  2
    g_57_0    prod_le_h_57  1
    g_57_0    prod_le_sign_57  1
    g_57_0    prod_ge_57  1
    g_57_0    max_upper_57  2
    g_57_0    max_lower_57  2
    g_58_0    prod_le_h_58  1
    g_58_0    prod_le_sign_58  1
    g_58_0    prod_ge_58  1
    g_58_0    max_upper_58  2
    g_58_0    max_lower_58  2
    g_59_0    prod_le_h_59  1
    g_59_0    prod_le_sign_59  1
    g_59_0    prod_ge_59  1
    g_59_0    max_upper_59  2
    g_59_0    max_lower_59  2
    tmax      Obj       1
    tmax      max_upper_0  -1
    tmax      max_upper_1  -1
    tmax      max_upper_2  -1
    tmax      max_upper_3  -1
    tmax      max_upper_4  -1
    tmax      max_upper_5  -1
    tmax      max_upper_6  -1
    tmax      max_upper_7  -1
    tmax      max_upper_8  -1
    tmax      max_upper_9  -1
    tmax      max_upper_10  -1
    tmax      max_upper_11  -1
    tmax      max_upper_12  -1
    tmax      max_upper_13  -1
    tmax      max_upper_14  -1
    tmax      max_upper_15  -1
    tmax      max_upper_16  -1
    tmax      max_upper_17  -1
    tmax      max_upper_18  -1
    tmax      max_upper_19  -1
    tmax      max_upper_20  -1
    tmax      max_upper_21  -1
    tmax      max_upper_22  -1
    tmax      max_upper_23  -1
    tmax      max_upper_24  -1
    tmax      max_upper_25  -1
    tmax      max_upper_26  -1
    tmax      max_upper_27  -1
    tmax      max_upper_28  -1
    tmax      max_upper_29  -1
    tmax      max_upper_30  -1
    tmax      max_upper_31  -1
    tmax      max_upper_32  -1
    tmax      max_upper_33  -1
    tmax      max_upper_34  -1
    tmax      max_upper_35  -1
    tmax      max_upper_36  -1
    tmax      max_upper_37  -1
    tmax      max_upper_38  -1
    tmax      max_upper_39  -1
    tmax      max_upper_40  -1
    tmax      max_upper_41  -1
    tmax      max_upper_42  -1
    tmax      max_upper_43  -1
    tmax      max_upper_44  -1
    tmax      max_upper_45  -1
    tmax      max_upper_46  -1
    tmax      max_upper_47  -1
    tmax      max_upper_48  -1
    tmax      max_upper_49  -1
    tmax      max_upper_50  -1
    tmax      max_upper_51  -1
    tmax      max_upper_52  -1
    tmax      max_upper_53  -1
    tmax      max_upper_54  -1
    tmax      max_upper_55  -1
    tmax      max_upper_56  -1
    tmax      max_upper_57  -1
    tmax      max_upper_58  -1
    tmax      max_upper_59  -1
    tmax      max_lower_0  1
    tmax      max_lower_1  1
    tmax      max_lower_2  1
    tmax      max_lower_3  1
    tmax      max_lower_4  1
    tmax      max_lower_5  1
    tmax      max_lower_6  1
    tmax      max_lower_7  1
    tmax      max_lower_8  1
    tmax      max_lower_9  1
    tmax      max_lower_10  1
    tmax      max_lower_11  1
    tmax      max_lower_12  1
    tmax      max_lower_13  1
    tmax      max_lower_14  1
    tmax      max_lower_15  1
    tmax      max_lower_16  1
    tmax      max_lower_17  1
    tmax      max_lower_18  1
    tmax      max_lower_19  1
    tmax      max_lower_20  1
    tmax      max_lower_21  1
    tmax      max_lower_22  1
    tmax      max_lower_23  1
    tmax      max_lower_24  1
    tmax      max_lower_25  1
    tmax      max_lower_26  1
    tmax      max_lower_27  1
    tmax      max_lower_28  1
    tmax      max_lower_29  1
    tmax      max_lower_30  1
    tmax      max_lower_31  1
    tmax      max_lower_32  1
    tmax      max_lower_33  1
    tmax      max_lower_34  1
    tmax      max_lower_35  1
    tmax      max_lower_36  1
    tmax      max_lower_37  1
    tmax      max_lower_38  1
    tmax      max_lower_39  1
    tmax      max_lower_40  1
    tmax      max_lower_41  1
    tmax      max_lower_42  1
    tmax      max_lower_43  1
    tmax      max_lower_44  1
    tmax      max_lower_45  1
    tmax      max_lower_46  1
    tmax      max_lower_47  1
    tmax      max_lower_48  1
    tmax      max_lower_49  1
    tmax      max_lower_50  1
    tmax      max_lower_51  1
    tmax      max_lower_52  1
    tmax      max_lower_53  1
    tmax      max_lower_54  1
    tmax      max_lower_55  1
    tmax      max_lower_56  1
    tmax      max_lower_57  1
    tmax      max_lower_58  1
    tmax      max_lower_59  1
RHS
    RHS_V     relu_le_pre_0  1.7779685821451479
    RHS_V     relu_le_pre_1  2.9969128241083971
    RHS_V     relu_le_pre_2  2.2902563320517233
    RHS_V     relu_le_pre_3  2.6184816689124801
    RHS_V     relu_le_pre_4  1.5985478834924203
    RHS_V     relu_le_pre_5  2.3904135708353147
    RHS_V     relu_le_pre_6  2.8565360423496156
    RHS_V     relu_le_pre_7  2.4996325299486761
    RHS_V     relu_le_pre_8  2.8455337736403519
    RHS_V     relu_le_pre_9  2.3943865946465515
    RHS_V     relu_le_pre_10  2.4433018945557388
    RHS_V     relu_le_pre_11  2.8466865229118898
    RHS_V     relu_le_pre_12  1.9007646945416363
    RHS_V     relu_le_pre_13  3.0169813016839604
    RHS_V     relu_le_pre_14  2.4981712644511274
    RHS_V     relu_le_pre_15  2.5962514154421648
    RHS_V     relu_le_pre_16  2.4898068111275098
    RHS_V     relu_le_pre_17  2.5630340829685689
    RHS_V     relu_le_pre_18  2.0086198190027686
    RHS_V     relu_le_pre_19  2.3445941322178707
    RHS_V     relu_le_pre_20  2.4777929945625701
    RHS_V     relu_le_pre_21  2.3907987821626828
    RHS_V     relu_le_pre_22  3.0736031889952358
    RHS_V     relu_le_pre_23  2.4552849771287919
    RHS_V     relu_le_pre_24  2.9313733135546998
    RHS_V     relu_le_pre_25  2.7319990601047532
    RHS_V     relu_le_pre_26  2.6768568973230673
    RHS_V     relu_le_pre_27  2.4877364754643745
    RHS_V     relu_le_pre_28  2.1379355058162055
    RHS_V     relu_le_pre_29  2.2738768372079794
    RHS_V     relu_le_pre_30  2.893951236182108
    RHS_V     relu_le_pre_31  2.755078502218085
    RHS_V     relu_le_pre_32  2.5734334006153476
    RHS_V     relu_le_pre_33  2.3387271655387014
    RHS_V     relu_le_pre_34  2.9022460484090375
    RHS_V     relu_le_pre_35  2.8285971941710293
    RHS_V     relu_le_pre_36  2.0967428254360829
    RHS_V     relu_le_pre_37  2.1887852674293127
    RHS_V     relu_le_pre_38  2.7153351693355314
    RHS_V     relu_le_pre_39  2.5829949062241813
    RHS_V     relu_le_pre_40  2.4671371088576732
    RHS_V     relu_le_pre_41  2.6555204250076203
    RHS_V     relu_le_pre_42  2.4334330131028974
    RHS_V     relu_le_pre_43  2.1706845054345472
    RHS_V     relu_le_pre_44  2.794491473069078
    RHS_V     relu_le_pre_45  2.6605775597420402
    RHS_V     relu_le_pre_46  2.6540557615682348
    RHS_V     relu_le_pre_47  2.5053848698494567
    RHS_V     relu_le_pre_48  2.0294674001287345
    RHS_V     relu_le_pre_49  2.535789348130022
    RHS_V     relu_le_pre_50  2.2649469615617424
    RHS_V     relu_le_pre_51  2.9069766365904464
    RHS_V     relu_le_pre_52  2.7764324554888917
    RHS_V     relu_le_pre_53  2.7083210417695467
    RHS_V     relu_le_pre_54  2.5071739372296431
    RHS_V     relu_le_pre_55  2.4456254293553981
    RHS_V     relu_le_pre_56  2.8185410987296997
    RHS_V     relu_le_pre_57  2.2703179275426617
    RHS_V     relu_le_pre_58  2.1891337548404204
    RHS_V     relu_le_pre_59  2.857927706562537
    RHS_V     prod_ge_0  -1.7779685821451479
    RHS_V     prod_ge_1  -2.9969128241083971
    RHS_V     prod_ge_2  -2.2902563320517233
    RHS_V     prod_ge_3  -2.6184816689124801
    RHS_V     prod_ge_4  -1.5985478834924203
    RHS_V     prod_ge_5  -2.3904135708353147
    RHS_V     prod_ge_6  -2.8565360423496156
    RHS_V     prod_ge_7  -2.4996325299486761
    RHS_V     prod_ge_8  -2.8455337736403519
    RHS_V     prod_ge_9  -2.3943865946465515
    RHS_V     prod_ge_10  -2.4433018945557388
    RHS_V     prod_ge_11  -2.8466865229118898
    RHS_V     prod_ge_12  -1.9007646945416363
    RHS_V     prod_ge_13  -3.0169813016839604
    RHS_V     prod_ge_14  -2.4981712644511274
    RHS_V     prod_ge_15  -2.5962514154421648
    RHS_V     prod_ge_16  -2.4898068111275098
    RHS_V     prod_ge_17  -2.5630340829685689
    RHS_V     prod_ge_18  -2.0086198190027686
    RHS_V     prod_ge_19  -2.3445941322178707
    RHS_V     prod_ge_20  -2.4777929945625701
    RHS_V     prod_ge_21  -2.3907987821626828
    RHS_V     prod_ge_22  -3.0736031889952358
    RHS_V     prod_ge_23  -2.4552849771287919
    RHS_V     prod_ge_24  -2.9313733135546998
    RHS_V     prod_ge_25  -2.7319990601047532
    RHS_V     prod_ge_26  -2.6768568973230673
    RHS_V     prod_ge_27  -2.4877364754643745
    RHS_V     prod_ge_28  -2.1379355058162055
    RHS_V     prod_ge_29  -2.2738768372079794
    RHS_V     prod_ge_30  -2.893951236182108
    RHS_V     prod_ge_31  -2.755078502218085
    RHS_V     prod_ge_32  -2.5734334006153476
    RHS_V     prod_ge_33  -2.3387271655387014
    RHS_V     prod_ge_34  -2.9022460484090375
    RHS_V     prod_ge_35  -2.8285971941710293
    RHS_V     prod_ge_36  -2.0967428254360829
    RHS_V     prod_ge_37  -2.1887852674293127
    RHS_V     prod_ge_38  -2.7153351693355314
    RHS_V     prod_ge_39  -2.5829949062241813
    RHS_V     prod_ge_40  -2.4671371088576732
    RHS_V     prod_ge_41  -2.6555204250076203
    RHS_V     prod_ge_42  -2.4334330131028974
    RHS_V     prod_ge_43  -2.1706845054345472
    RHS_V     prod_ge_44  -2.794491473069078
    RHS_V     prod_ge_45  -2.6605775597420402
    RHS_V     prod_ge_46  -2.6540557615682348
    RHS_V     prod_ge_47  -2.5053848698494567
    RHS_V     prod_ge_48  -2.0294674001287345
    RHS_V     prod_ge_49  -2.535789348130022
    RHS_V     prod_ge_50  -2.2649469615617424
    RHS_V     prod_ge_51  -2.9069766365904464
    RHS_V     prod_ge_52  -2.7764324554888917
    RHS_V     prod_ge_53  -2.7083210417695467
    RHS_V     prod_ge_54  -2.5071739372296431
    RHS_V     prod_ge_55  -2.4456254293553981
    RHS_V     prod_ge_56  -2.8185410987296997
    RHS_V     prod_ge_57  -2.2703179275426617
    RHS_V     prod_ge_58  -2.1891337548404204
    RHS_V     prod_ge_59  -2.857927706562537
    RHS_V     max_upper_0  -0.32900597975354756
    RHS_V     max_upper_4  -0.098839765623260772
    RHS_V     max_upper_5  -0.25815747996298083
    RHS_V     max_upper_8  -0.25238779989585064
    RHS_V     max_upper_10  -0.31742514411445966
    RHS_V     max_upper_21  -0.69113518541459862
    RHS_V     max_upper_24  -0.052318928458374991
    RHS_V     max_upper_25  -0.78877425012650759
    RHS_V     max_upper_29  -0.31645562588921655
    RHS_V     max_upper_30  -0.58434458176649173
    RHS_V     max_upper_31  -0.53706382518283602
    RHS_V     max_upper_35  -0.7540900442198426
    RHS_V     max_upper_39  -0.060791383925193537
    RHS_V     max_upper_40  -0.30490352226480105
    RHS_V     max_upper_43  -0.016622332888548003
    RHS_V     max_upper_44  -0.93135821896418625
    RHS_V     max_upper_50  -0.096878412846772483
    RHS_V     max_upper_55  -0.045378848767727048
    RHS_V     max_upper_58  -0.3658043125259664
    RHS_V     max_upper_59  -0.18323867226930496
    RHS_V     max_lower_0  -0.32900597975354756
    RHS_V     max_lower_4  -0.098839765623260772
    RHS_V     max_lower_5  -0.25815747996298083
    RHS_V     max_lower_8  -0.25238779989585064
    RHS_V     max_lower_10  -0.31742514411445966
    RHS_V     max_lower_21  -0.69113518541459862
    RHS_V     max_lower_24  -0.052318928458374991
    RHS_V     max_lower_25  -0.78877425012650759
    RHS_V     max_lower_29  -0.31645562588921655
    RHS_V     max_lower_30  -0.58434458176649173
    RHS_V     max_lower_31  -0.53706382518283602
    RHS_V     max_lower_35  -0.7540900442198426
    RHS_V     max_lower_39  -0.060791383925193537
    RHS_V     max_lower_40  -0.30490352226480105
    RHS_V     max_lower_43  -0.016622332888548003
    RHS_V     max_lower_44  -0.93135821896418625
    RHS_V     max_lower_50  -0.096878412846772483
    RHS_V     max_lower_55  -0.045378848767727048
    RHS_V     max_lower_58  -0.3658043125259664
    RHS_V     max_lower_59  -0.18323867226930496
BOUNDS
 LO BOUND     W_0_0     -1
 UP BOUND     W_0_0     1
 LO BOUND     W_0_1     -1
 UP BOUND     W_0_1     1
 LO BOUND     W_0_2     -1
 UP BOUND     W_0_2     1
 LO BOUND     W_0_3     -1
 UP BOUND     W_0_3     1
 LO BOUND     W_0_4     -1
 UP BOUND     W_0_4     1
 LO BOUND     b_0       -1
 UP BOUND     b_0       1
 UP BOUND     h_0_0     1.7779685821451479
 UP BOUND     h_1_0     2.9969128241083971
 UP BOUND     h_2_0     2.2902563320517233
 UP BOUND     h_3_0     2.6184816689124801
 UP BOUND     h_4_0     1.5985478834924203
 UP BOUND     h_5_0     2.3904135708353147
 UP BOUND     h_6_0     2.8565360423496156
 UP BOUND     h_7_0     2.4996325299486761
 UP BOUND     h_8_0     2.8455337736403519
 UP BOUND     h_9_0     2.3943865946465515
 UP BOUND     h_10_0    2.4433018945557388
 UP BOUND     h_11_0    2.8466865229118898
 UP BOUND     h_12_0    1.9007646945416363
 UP BOUND     h_13_0    3.0169813016839604
 UP BOUND     h_14_0    2.4981712644511274
 UP BOUND     h_15_0    2.5962514154421648
 UP BOUND     h_16_0    2.4898068111275098
 UP BOUND     h_17_0    2.5630340829685689
 UP BOUND     h_18_0    2.0086198190027686
 UP BOUND     h_19_0    2.3445941322178707
 UP BOUND     h_20_0    2.4777929945625701
 UP BOUND     h_21_0    2.3907987821626828
 UP BOUND     h_22_0    3.0736031889952358
 UP BOUND     h_23_0    2.4552849771287919
 UP BOUND     h_24_0    2.9313733135546998
 UP BOUND     h_25_0    2.7319990601047532
 UP BOUND     h_26_0    2.6768568973230673
 UP BOUND     h_27_0    2.4877364754643745
 UP BOUND     h_28_0    2.1379355058162055
 UP BOUND     h_29_0    2.2738768372079794
 UP BOUND     h_30_0    2.893951236182108
 UP BOUND     h_31_0    2.755078502218085
 UP BOUND     h_32_0    2.5734334006153476
 UP BOUND     h_33_0    2.3387271655387014
 UP BOUND     h_34_0    2.9022460484090375
 UP BOUND     h_35_0    2.8285971941710293
 UP BOUND     h_36_0    2.0967428254360829
 UP BOUND     h_37_0    2.1887852674293127
 UP BOUND     h_38_0    2.7153351693355314
 UP BOUND     h_39_0    2.5829949062241813
 UP BOUND     h_40_0    2.4671371088576732
 UP BOUND     h_41_0    2.6555204250076203
 UP BOUND     h_42_0    2.4334330131028974
 UP BOUND     h_43_0    2.1706845054345472
 UP BOUND     h_44_0    2.794491473069078
 UP BOUND     h_45_0    2.6605775597420402
 UP BOUND     h_46_0    2.6540557615682348
 UP BOUND     h_47_0    2.5053848698494567
 UP BOUND     h_48_0    2.0294674001287345
 UP BOUND     h_49_0    2.535789348130022
 UP BOUND     h_50_0    2.2649469615617424
 UP BOUND     h_51_0    2.9069766365904464
 UP BOUND     h_52_0    2.7764324554888917
 UP BOUND     h_53_0    2.7083210417695467
 UP BOUND     h_54_0    2.5071739372296431
 UP BOUND     h_55_0    2.4456254293553981
 UP BOUND     h_56_0    2.8185410987296997
 UP BOUND     h_57_0    2.2703179275426617
 UP BOUND     h_58_0    2.1891337548404204
 UP BOUND     h_59_0    2.857927706562537
 BV BOUND     z_0_0   
 BV BOUND     z_1_0   
 BV BOUND     z_2_0   
 BV BOUND     z_3_0   
 BV BOUND     z_4_0   
 BV BOUND     z_5_0   
 BV BOUND     z_6_0   
 BV BOUND     z_7_0   
 BV BOUND     z_8_0   
 BV BOUND     z_9_0   
 BV BOUND     z_10_0  
 BV BOUND     z_11_0  
 BV BOUND     z_12_0  
 BV BOUND     z_13_0  
 BV BOUND     z_14_0  
 BV BOUND     z_15_0  
 BV BOUND     z_16_0  
 BV BOUND     z_17_0  
 BV BOUND     z_18_0  
 BV BOUND     z_19_0  
 BV BOUND     z_20_0  
 BV BOUND     z_21_0  
 BV BOUND     z_22_0  
 BV BOUND     z_23_0  
 BV BOUND     z_24_0  
 BV BOUND     z_25_0  
 BV BOUND     z_26_0  
 BV BOUND     z_27_0  
 BV BOUND     z_28_0  
 BV BOUND     z_29_0  
 BV BOUND     z_30_0  
 BV BOUND     z_31_0  
 BV BOUND     z_32_0  
 BV BOUND     z_33_0  
 BV BOUND     z_34_0  
 BV BOUND     z_35_0  
 BV BOUND     z_36_0  
 BV BOUND     z_37_0  
 BV BOUND     z_38_0  
 BV BOUND     z_39_0  
 BV BOUND     z_40_0  
 BV BOUND     z_41_0  
 BV BOUND     z_42_0  
 BV BOUND     z_43_0  
 BV BOUND     z_44_0  
 BV BOUND     z_45_0  
 BV BOUND     z_46_0  
 BV BOUND     z_47_0  
 BV BOUND     z_48_0  
 BV BOUND     z_49_0  
 BV BOUND     z_50_0  
 BV BOUND     z_51_0  
 BV BOUND     z_52_0  
 BV BOUND     z_53_0  
 BV BOUND     z_54_0  
 BV BOUND     z_55_0  
 BV BOUND     z_56_0  
 BV BOUND     z_57_0  
 BV BOUND     z_58_0  
 BV BOUND     z_59_0  
 BV BOUND     sgn_0   
 UP BOUND     g_0_0     1.7779685821451479
 UP BOUND     g_1_0     2.9969128241083971
 UP BOUND     g_2_0     2.2902563320517233
 UP BOUND     g_3_0     2.6184816689124801
 UP BOUND     g_4_0     1.5985478834924203
 UP BOUND     g_5_0     2.3904135708353147
 UP BOUND     g_6_0     2.8565360423496156
 UP BOUND     g_7_0     2.4996325299486761
 UP BOUND     g_8_0     2.8455337736403519
 UP BOUND     g_9_0     2.3943865946465515
 UP BOUND     g_10_0    2.4433018945557388
 UP BOUND     g_11_0    2.8466865229118898
 UP BOUND     g_12_0    1.9007646945416363
 UP BOUND     g_13_0    3.0169813016839604
 UP BOUND     g_14_0    2.4981712644511274
 UP BOUND     g_15_0    2.5962514154421648
 UP BOUND     g_16_0    2.4898068111275098
 UP BOUND     g_17_0    2.5630340829685689
 UP BOUND     g_18_0    2.0086198190027686
 UP BOUND     g_19_0    2.3445941322178707
 UP BOUND     g_20_0    2.4777929945625701
 UP BOUND     g_21_0    2.3907987821626828
 UP BOUND     g_22_0    3.0736031889952358
 UP BOUND     g_23_0    2.4552849771287919
 UP BOUND     g_24_0    2.9313733135546998
 UP BOUND     g_25_0    2.7319990601047532
 UP BOUND     g_26_0    2.6768568973230673
 UP BOUND     g_27_0    2.4877364754643745
 UP BOUND     g_28_0    2.1379355058162055
 UP BOUND     g_29_0    2.2738768372079794
 UP BOUND     g_30_0    2.893951236182108
 UP BOUND     g_31_0    2.755078502218085
 UP BOUND     g_32_0    2.5734334006153476
 UP BOUND     g_33_0    2.3387271655387014
 UP BOUND     g_34_0    2.9022460484090375
 UP BOUND     g_35_0    2.8285971941710293
 UP BOUND     g_36_0    2.0967428254360829
 UP BOUND     g_37_0    2.1887852674293127
 UP BOUND     g_38_0    2.7153351693355314
 UP BOUND     g_39_0    2.5829949062241813
 UP BOUND     g_40_0    2.4671371088576732
 UP BOUND     g_41_0    2.6555204250076203
 UP BOUND     g_42_0    2.4334330131028974
 UP BOUND     g_43_0    2.1706845054345472
 UP BOUND     g_44_0    2.794491473069078
 UP BOUND     g_45_0    2.6605775597420402
 UP BOUND     g_46_0    2.6540557615682348
 UP BOUND     g_47_0    2.5053848698494567
 UP BOUND     g_48_0    2.0294674001287345
 UP BOUND     g_49_0    2.535789348130022
 UP BOUND     g_50_0    2.2649469615617424
 UP BOUND     g_51_0    2.9069766365904464
 UP BOUND     g_52_0    2.7764324554888917
 UP BOUND     g_53_0    2.7083210417695467
 UP BOUND     g_54_0    2.5071739372296431
 UP BOUND     g_55_0    2.4456254293553981
 UP BOUND     g_56_0    2.8185410987296997
 UP BOUND     g_57_0    2.2703179275426617
 UP BOUND     g_58_0    2.1891337548404204
 UP BOUND     g_59_0    2.857927706562537
ENDATA
