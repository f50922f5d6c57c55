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
 E  residual_25
 E  residual_26
 E  residual_27
 E  residual_28
 E  residual_29
 G  symmetry_sign_0
 G  symmetry_bias_0
COLUMNS
    W_0_0     relu_ge_pre_0  0.87767712977689816
    W_0_0     relu_ge_pre_2  -0.11650458286798802
    W_0_0     relu_ge_pre_4  -0.25686339314689144
    W_0_0     relu_ge_pre_6  0.39294996704962076
    W_0_0     relu_ge_pre_8  0.23165769513123866
    W_0_0     relu_ge_pre_10  0.2935253124702164
    W_0_0     relu_ge_pre_12  0.50707607082034734
    W_0_0     relu_ge_pre_14  -0.80632715893834017
    W_0_0     relu_ge_pre_16  -0.18694132548625908
    W_0_0     relu_ge_pre_18  0.0027733819549121724
    W_0_0     relu_ge_pre_20  -0.20931854378462605
    W_0_0     relu_ge_pre_22  0.6028367145099125
    W_0_0     relu_ge_pre_24  0.48257441297452652
    W_0_0     relu_ge_pre_26  -0.1391643817523969
    W_0_0     relu_ge_pre_28  -0.52732686906941217
    W_0_0     relu_ge_pre_30  0.76123159167887733
    W_0_0     relu_ge_pre_32  -0.16620344615623617
    W_0_0     relu_ge_pre_34  0.36053735658630709
    W_0_0     relu_ge_pre_36  0.21634523599737085
    W_0_0     relu_ge_pre_38  0.5415519213637765
    W_0_0     relu_ge_pre_40  -0.67346107262744748
    W_0_0     relu_ge_pre_42  0.17858109671672745
    W_0_0     relu_ge_pre_44  0.76204725640273019
    W_0_0     relu_ge_pre_46  -0.012008564358200302
    W_0_0     relu_ge_pre_48  0.48973998373003191
    W_0_0     relu_ge_pre_50  0.69665772731152287
    W_0_0     relu_ge_pre_52  -0.76236790747208516
    W_0_0     relu_ge_pre_54  -0.75731817889829944
    W_0_0     relu_ge_pre_56  0.018912131766911283
    W_0_0     relu_ge_pre_58  0.2426824037861107
    W_0_0     relu_le_pre_0  0.87767712977689816
    W_0_0     relu_le_pre_2  -0.11650458286798802
    W_0_0     relu_le_pre_4  -0.25686339314689144
    W_0_0     relu_le_pre_6  0.39294996704962076
    W_0_0     relu_le_pre_8  0.23165769513123866
    W_0_0     relu_le_pre_10  0.2935253124702164
    W_0_0     relu_le_pre_12  0.50707607082034734
    W_0_0     relu_le_pre_14  -0.80632715893834017
    W_0_0     relu_le_pre_16  -0.18694132548625908
    W_0_0     relu_le_pre_18  0.0027733819549121724
    W_0_0     relu_le_pre_20  -0.20931854378462605
    W_0_0     relu_le_pre_22  0.6028367145099125
    W_0_0     relu_le_pre_24  0.48257441297452652
    W_0_0     relu_le_pre_26  -0.1391643817523969
    W_0_0     relu_le_pre_28  -0.52732686906941217
    W_0_0     relu_le_pre_30  0.76123159167887733
    W_0_0     relu_le_pre_32  -0.16620344615623617
    W_0_0     relu_le_pre_34  0.36053735658630709
    W_0_0     relu_le_pre_36  0.21634523599737085
    W_0_0     relu_le_pre_38  0.5415519213637765
    W_0_0     relu_le_pre_40  -0.67346107262744748
    W_0_0     relu_le_pre_42  0.17858109671672745
    W_0_0     relu_le_pre_44  0.76204725640273019
    W_0_0     relu_le_pre_46  -0.012008564358200302
    W_0_0     relu_le_pre_48  0.48973998373003191
    W_0_0     relu_le_pre_50  0.69665772731152287
    W_0_0     relu_le_pre_52  -0.76236790747208516
    W_0_0     relu_le_pre_54  -0.75731817889829944
    W_0_0     relu_le_pre_56  0.018912131766911283
    W_0_0     relu_le_pre_58  0.2426824037861107
    W_0_1     relu_ge_pre_0  -0.13194830171241667
    W_0_1     relu_ge_pre_2  -0.779874828140247
    W_0_1     relu_ge_pre_4  -0.41415699304116876
    W_0_1     relu_ge_pre_6  -0.59286045373823726
    W_0_1     relu_ge_pre_8  -0.13324013795286552
    W_0_1     relu_ge_pre_10  0.78353698793488702
    W_0_1     relu_ge_pre_12  0.51922953918999493
    W_0_1     relu_ge_pre_14  0.23341888783566803
    W_0_1     relu_ge_pre_16  0.23069961819435156
    W_0_1     relu_ge_pre_18  0.80299896117852221
    W_0_1     relu_ge_pre_20  0.57142071223630497
    W_0_1     relu_ge_pre_22  -0.36864137265437569
    W_0_1     relu_ge_pre_24  -0.32031927151017214
    W_0_1     relu_ge_pre_26  -0.78404068849151087
    W_0_1     relu_ge_pre_28  0.53869036396566239
    W_0_1     relu_ge_pre_30  0.1940134555160159
    W_0_1     relu_ge_pre_32  -0.18909266290273857
    W_0_1     relu_ge_pre_34  0.30847109348688034
    W_0_1     relu_ge_pre_36  0.15842758482231556
    W_0_1     relu_ge_pre_38  0.30003227539883343
    W_0_1     relu_ge_pre_40  0.1657066004453937
    W_0_1     relu_ge_pre_42  -0.28363838713754758
    W_0_1     relu_ge_pre_44  0.29474236869126375
    W_0_1     relu_ge_pre_46  -0.69800612509855031
    W_0_1     relu_ge_pre_48  -0.51037678278010379
    W_0_1     relu_ge_pre_50  -0.33486393054487246
    W_0_1     relu_ge_pre_52  -0.59470460714606344
    W_0_1     relu_ge_pre_54  -0.12383110501227855
    W_0_1     relu_ge_pre_56  -0.30516371790023278
    W_0_1     relu_ge_pre_58  -0.2959298533053733
    W_0_1     relu_le_pre_0  -0.13194830171241667
    W_0_1     relu_le_pre_2  -0.779874828140247
    W_0_1     relu_le_pre_4  -0.41415699304116876
    W_0_1     relu_le_pre_6  -0.59286045373823726
    W_0_1     relu_le_pre_8  -0.13324013795286552
    W_0_1     relu_le_pre_10  0.78353698793488702
    W_0_1     relu_le_pre_12  0.51922953918999493
    W_0_1     relu_le_pre_14  0.23341888783566803
    W_0_1     relu_le_pre_16  0.23069961819435156
    W_0_1     relu_le_pre_18  0.80299896117852221
    W_0_1     relu_le_pre_20  0.57142071223630497
    W_0_1     relu_le_pre_22  -0.36864137265437569
    W_0_1     relu_le_pre_24  -0.32031927151017214
    W_0_1     relu_le_pre_26  -0.78404068849151087
    W_0_1     relu_le_pre_28  0.53869036396566239
    W_0_1     relu_le_pre_30  0.1940134555160159
    W_0_1     relu_le_pre_32  -0.18909266290273857
    W_0_1     relu_le_pre_34  0.30847109348688034
    W_0_1     relu_le_pre_36  0.15842758482231556
    W_0_1     relu_le_pre_38  0.30003227539883343
    W_0_1     relu_le_pre_40  0.1657066004453937
    W_0_1     relu_le_pre_42  -0.28363838713754758
    W_0_1     relu_le_pre_44  0.29474236869126375
    W_0_1     relu_le_pre_46  -0.69800612509855031
    W_0_1     relu_le_pre_48  -0.51037678278010379
    W_0_1     relu_le_pre_50  -0.33486393054487246
    W_0_1     relu_le_pre_52  -0.59470460714606344
    W_0_1     relu_le_pre_54  -0.12383110501227855
    W_0_1     relu_le_pre_56  -0.30516371790023278
    W_0_1     relu_le_pre_58  -0.2959298533053733
    W_1_0     relu_ge_pre_1  0.87767712977689816
    W_1_0     relu_ge_pre_3  -0.11650458286798802
    W_1_0     relu_ge_pre_5  -0.25686339314689144
    W_1_0     relu_ge_pre_7  0.39294996704962076
    W_1_0     relu_ge_pre_9  0.23165769513123866
    W_1_0     relu_ge_pre_11  0.2935253124702164
    W_1_0     relu_ge_pre_13  0.50707607082034734
    W_1_0     relu_ge_pre_15  -0.80632715893834017
    W_1_0     relu_ge_pre_17  -0.18694132548625908
    W_1_0     relu_ge_pre_19  0.0027733819549121724
    W_1_0     relu_ge_pre_21  -0.20931854378462605
    W_1_0     relu_ge_pre_23  0.6028367145099125
    W_1_0     relu_ge_pre_25  0.48257441297452652
    W_1_0     relu_ge_pre_27  -0.1391643817523969
    W_1_0     relu_ge_pre_29  -0.52732686906941217
    W_1_0     relu_ge_pre_31  0.76123159167887733
    W_1_0     relu_ge_pre_33  -0.16620344615623617
    W_1_0     relu_ge_pre_35  0.36053735658630709
    W_1_0     relu_ge_pre_37  0.21634523599737085
    W_1_0     relu_ge_pre_39  0.5415519213637765
    W_1_0     relu_ge_pre_41  -0.67346107262744748
    W_1_0     relu_ge_pre_43  0.17858109671672745
    W_1_0     relu_ge_pre_45  0.76204725640273019
    W_1_0     relu_ge_pre_47  -0.012008564358200302
    W_1_0     relu_ge_pre_49  0.48973998373003191
    W_1_0     relu_ge_pre_51  0.69665772731152287
    W_1_0     relu_ge_pre_53  -0.76236790747208516
    W_1_0     relu_ge_pre_55  -0.75731817889829944
    W_1_0     relu_ge_pre_57  0.018912131766911283
    W_1_0     relu_ge_pre_59  0.2426824037861107
    W_1_0     relu_le_pre_1  0.87767712977689816
    W_1_0     relu_le_pre_3  -0.11650458286798802
    W_1_0     relu_le_pre_5  -0.25686339314689144
    W_1_0     relu_le_pre_7  0.39294996704962076
    W_1_0     relu_le_pre_9  0.23165769513123866
    W_1_0     relu_le_pre_11  0.2935253124702164
    W_1_0     relu_le_pre_13  0.50707607082034734
    W_1_0     relu_le_pre_15  -0.80632715893834017
    W_1_0     relu_le_pre_17  -0.18694132548625908
    W_1_0     relu_le_pre_19  0.0027733819549121724
    W_1_0     relu_le_pre_21  -0.20931854378462605
    W_1_0     relu_le_pre_23  0.6028367145099125
    W_1_0     relu_le_pre_25  0.48257441297452652
    W_1_0     relu_le_pre_27  -0.1391643817523969
    W_1_0     relu_le_pre_29  -0.52732686906941217
    W_1_0     relu_le_pre_31  0.76123159167887733
    W_1_0     relu_le_pre_33  -0.16620344615623617
    W_1_0     relu_le_pre_35  0.36053735658630709
    W_1_0     relu_le_pre_37  0.21634523599737085
    W_1_0     relu_le_pre_39  0.5415519213637765
    W_1_0     relu_le_pre_41  -0.67346107262744748
    W_1_0     relu_le_pre_43  0.17858109671672745
    W_1_0     relu_le_pre_45  0.76204725640273019
    W_1_0     relu_le_pre_47  -0.012008564358200302
    W_1_0     relu_le_pre_49  0.48973998373003191
    W_1_0     relu_le_pre_51  0.69665772731152287
    W_1_0     relu_le_pre_53  -0.76236790747208516
    W_1_0     relu_le_pre_55  -0.75731817889829944
    W_1_0     relu_le_pre_57  0.018912131766911283
    W_1_0     relu_le_pre_59  0.2426824037861107
    W_1_1     relu_ge_pre_1  -0.13194830171241667
    W_1_1     relu_ge_pre_3  -0.779874828140247
    W_1_1     relu_ge_pre_5  -0.41415699304116876
    W_1_1     relu_ge_pre_7  -0.59286045373823726
    W_1_1     relu_ge_pre_9  -0.13324013795286552
    W_1_1     relu_ge_pre_11  0.78353698793488702
    W_1_1     relu_ge_pre_13  0.51922953918999493
    W_1_1     relu_ge_pre_15  0.23341888783566803
    W_1_1     relu_ge_pre_17  0.23069961819435156
    W_1_1     relu_ge_pre_19  0.80299896117852221
    W_1_1     relu_ge_pre_21  0.57142071223630497
    W_1_1     relu_ge_pre_23  -0.36864137265437569
    W_1_1     relu_ge_pre_25  -0.32031927151017214
    W_1_1     relu_ge_pre_27  -0.78404068849151087
    W_1_1     relu_ge_pre_29  0.53869036396566239
    W_1_1     relu_ge_pre_31  0.1940134555160159
    W_1_1     relu_ge_pre_33  -0.18909266290273857
    W_1_1     relu_ge_pre_35  0.30847109348688034
    W_1_1     relu_ge_pre_37  0.15842758482231556
    W_1_1     relu_ge_pre_39  0.30003227539883343
    W_1_1     relu_ge_pre_41  0.1657066004453937
    W_1_1     relu_ge_pre_43  -0.28363838713754758
    W_1_1     relu_ge_pre_45  0.29474236869126375
    W_1_1     relu_ge_pre_47  -0.69800612509855031
    W_1_1     relu_ge_pre_49  -0.51037678278010379
    W_1_1     relu_ge_pre_51  -0.33486393054487246
    W_1_1     relu_ge_pre_53  -0.59470460714606344
    W_1_1     relu_ge_pre_55  -0.12383110501227855
    W_1_1     relu_ge_pre_57  -0.30516371790023278
    W_1_1     relu_ge_pre_59  -0.2959298533053733
    W_1_1     relu_le_pre_1  -0.13194830171241667
    W_1_1     relu_le_pre_3  -0.779874828140247
    W_1_1     relu_le_pre_5  -0.41415699304116876
    W_1_1     relu_le_pre_7  -0.59286045373823726
    W_1_1     relu_le_pre_9  -0.13324013795286552
    W_1_1     relu_le_pre_11  0.78353698793488702
    W_1_1     relu_le_pre_13  0.51922953918999493
    W_1_1     relu_le_pre_15  0.23341888783566803
    W_1_1     relu_le_pre_17  0.23069961819435156
    W_1_1     relu_le_pre_19  0.80299896117852221
    W_1_1     relu_le_pre_21  0.57142071223630497
    W_1_1     relu_le_pre_23  -0.36864137265437569
    W_1_1     relu_le_pre_25  -0.32031927151017214
    W_1_1     relu_le_pre_27  -0.78404068849151087
    W_1_1     relu_le_pre_29  0.53869036396566239
    W_1_1     relu_le_pre_31  0.1940134555160159
    W_1_1     relu_le_pre_33  -0.18909266290273857
    W_1_1     relu_le_pre_35  0.30847109348688034
    W_1_1     relu_le_pre_37  0.15842758482231556
    W_1_1     relu_le_pre_39  0.30003227539883343
    W_1_1     relu_le_pre_41  0.1657066004453937
    W_1_1     relu_le_pre_43  -0.28363838713754758
    W_1_1     relu_le_pre_45  0.29474236869126375
    W_1_1     relu_le_pre_47  -0.69800612509855031
    W_1_1     relu_le_pre_49  -0.51037678278010379
    W_1_1     relu_le_pre_51  -0.33486393054487246
    W_1_1     relu_le_pre_53  -0.59470460714606344
    W_1_1     relu_le_pre_55  -0.12383110501227855
    W_1_1     relu_le_pre_57  -0.30516371790023278
    W_1_1     relu_le_pre_59  -0.2959298533053733
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
    b_0       relu_ge_pre_50  -1
    b_0       relu_ge_pre_52  -1
    b_0       relu_ge_pre_54  -1
    b_0       relu_ge_pre_56  -1
    b_0       relu_ge_pre_58  -1
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
    b_0       relu_le_pre_50  -1
    b_0       relu_le_pre_52  -1
    b_0       relu_le_pre_54  -1
    b_0       relu_le_pre_56  -1
    b_0       relu_le_pre_58  -1
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
    b_1       relu_ge_pre_51  -1
    b_1       relu_ge_pre_53  -1
    b_1       relu_ge_pre_55  -1
    b_1       relu_ge_pre_57  -1
    b_1       relu_ge_pre_59  -1
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
    b_1       relu_le_pre_51  -1
    b_1       relu_le_pre_53  -1
    b_1       relu_le_pre_55  -1
    b_1       relu_le_pre_57  -1
    b_1       relu_le_pre_59  -1
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
    h_25_0    relu_ge_pre_50  1
    h_25_0    relu_le_pre_50  1
    h_25_0    relu_le_onoff_50  1
    h_25_0    prod_le_h_50  -1
    h_25_0    prod_ge_50  -1
    h_25_0    residual_25  -1
    h_25_1    relu_ge_pre_51  1
    h_25_1    relu_le_pre_51  1
    h_25_1    relu_le_onoff_51  1
    h_25_1    prod_le_h_51  -1
    h_25_1    prod_ge_51  -1
    h_25_1    residual_25  -1
    h_26_0    relu_ge_pre_52  1
    h_26_0    relu_le_pre_52  1
    h_26_0    relu_le_onoff_52  1
    h_26_0    prod_le_h_52  -1
    h_26_0    prod_ge_52  -1
    h_26_0    residual_26  -1
    h_26_1    relu_ge_pre_53  1
    h_26_1    relu_le_pre_53  1
    h_26_1    relu_le_onoff_53  1
    h_26_1    prod_le_h_53  -1
    h_26_1    prod_ge_53  -1
    h_26_1    residual_26  -1
    h_27_0    relu_ge_pre_54  1
    h_27_0    relu_le_pre_54  1
    h_27_0    relu_le_onoff_54  1
    h_27_0    prod_le_h_54  -1
    h_27_0    prod_ge_54  -1
    h_27_0    residual_27  -1
    h_27_1    relu_ge_pre_55  1
    h_27_1    relu_le_pre_55  1
    h_27_1    relu_le_onoff_55  1
    h_27_1    prod_le_h_55  -1
    h_27_1    prod_ge_55  -1
    h_27_1    residual_27  -1
    h_28_0    relu_ge_pre_56  1
    h_28_0    relu_le_pre_56  1
    h_28_0    relu_le_onoff_56  1
    h_28_0    prod_le_h_56  -1
    h_28_0    prod_ge_56  -1
    h_28_0    residual_28  -1
    h_28_1    relu_ge_pre_57  1
    h_28_1    relu_le_pre_57  1
    h_28_1    relu_le_onoff_57  1
    h_28_1    prod_le_h_57  -1
    h_28_1    prod_ge_57  -1
    h_28_1    residual_28  -1
    h_29_0    relu_ge_pre_58  1
    h_29_0    relu_le_pre_58  1
    h_29_0    relu_le_onoff_58  1
    h_29_0    prod_le_h_58  -1
    h_29_0    prod_ge_58  -1
    h_29_0    residual_29  -1
    h_29_1    relu_ge_pre_59  1
    h_29_1    relu_le_pre_59  1
    h_29_1    relu_le_onoff_59  1
    h_29_1    prod_le_h_59  -1
    h_29_1    prod_ge_59  -1
    h_29_1    residual_29  -1
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  2.0096254314893147
    z_0_0     relu_le_onoff_0  -2.0096254314893147
    z_0_1     relu_le_pre_1  2.0096254314893147
    z_0_1     relu_le_onoff_1  -2.0096254314893147
    z_1_0     relu_le_pre_2  1.896379411008235
    z_1_0     relu_le_onoff_2  -1.896379411008235
    z_1_1     relu_le_pre_3  1.896379411008235
    z_1_1     relu_le_onoff_3  -1.896379411008235
    z_2_0     relu_le_pre_4  1.6710203861880601
    z_2_0     relu_le_onoff_4  -1.6710203861880601
    z_2_1     relu_le_pre_5  1.6710203861880601
    z_2_1     relu_le_onoff_5  -1.6710203861880601
    z_3_0     relu_le_pre_6  1.985810420787858
    z_3_0     relu_le_onoff_6  -1.985810420787858
    z_3_1     relu_le_pre_7  1.985810420787858
    z_3_1     relu_le_onoff_7  -1.985810420787858
    z_4_0     relu_le_pre_8  1.3648978330841042
    z_4_0     relu_le_onoff_8  -1.3648978330841042
    z_4_1     relu_le_pre_9  1.3648978330841042
    z_4_1     relu_le_onoff_9  -1.3648978330841042
    z_5_0     relu_le_pre_10  2.0770623004051032
    z_5_0     relu_le_onoff_10  -2.0770623004051032
    z_5_1     relu_le_pre_11  2.0770623004051032
    z_5_1     relu_le_onoff_11  -2.0770623004051032
    z_6_0     relu_le_pre_12  2.0263056100103425
    z_6_0     relu_le_onoff_12  -2.0263056100103425
    z_6_1     relu_le_pre_13  2.0263056100103425
    z_6_1     relu_le_onoff_13  -2.0263056100103425
    z_7_0     relu_le_pre_14  2.0397460467740083
    z_7_0     relu_le_onoff_14  -2.0397460467740083
    z_7_1     relu_le_pre_15  2.0397460467740083
    z_7_1     relu_le_onoff_15  -2.0397460467740083
    z_8_0     relu_le_pre_16  1.4176409436806106
    z_8_0     relu_le_onoff_16  -1.4176409436806106
    z_8_1     relu_le_pre_17  1.4176409436806106
    z_8_1     relu_le_onoff_17  -1.4176409436806106
    z_9_0     relu_le_pre_18  1.8057723431334343
    z_9_0     relu_le_onoff_18  -1.8057723431334343
    z_9_1     relu_le_pre_19  1.8057723431334343
    z_9_1     relu_le_onoff_19  -1.8057723431334343
    z_10_0    relu_le_pre_20  1.780739256020931
    z_10_0    relu_le_onoff_20  -1.780739256020931
    z_10_1    relu_le_pre_21  1.780739256020931
    z_10_1    relu_le_onoff_21  -1.780739256020931
    z_11_0    relu_le_pre_22  1.9714780871642881
    z_11_0    relu_le_onoff_22  -1.9714780871642881
    z_11_1    relu_le_pre_23  1.9714780871642881
    z_11_1    relu_le_onoff_23  -1.9714780871642881
    z_12_0    relu_le_pre_24  1.8028936844846988
    z_12_0    relu_le_onoff_24  -1.8028936844846988
    z_12_1    relu_le_pre_25  1.8028936844846988
    z_12_1    relu_le_onoff_25  -1.8028936844846988
    z_13_0    relu_le_pre_26  1.9232050702439079
    z_13_0    relu_le_onoff_26  -1.9232050702439079
    z_13_1    relu_le_pre_27  1.9232050702439079
    z_13_1    relu_le_onoff_27  -1.9232050702439079
    z_14_0    relu_le_pre_28  2.0660172330350743
    z_14_0    relu_le_onoff_28  -2.0660172330350743
    z_14_1    relu_le_pre_29  2.0660172330350743
    z_14_1    relu_le_onoff_29  -2.0660172330350743
    z_15_0    relu_le_pre_30  1.9552450471948932
    z_15_0    relu_le_onoff_30  -1.9552450471948932
    z_15_1    relu_le_pre_31  1.9552450471948932
    z_15_1    relu_le_onoff_31  -1.9552450471948932
    z_16_0    relu_le_pre_32  1.3552961090589748
    z_16_0    relu_le_onoff_32  -1.3552961090589748
    z_16_1    relu_le_pre_33  1.3552961090589748
    z_16_1    relu_le_onoff_33  -1.3552961090589748
    z_17_0    relu_le_pre_34  1.6690084500731874
    z_17_0    relu_le_onoff_34  -1.6690084500731874
    z_17_1    relu_le_pre_35  1.6690084500731874
    z_17_1    relu_le_onoff_35  -1.6690084500731874
    z_18_0    relu_le_pre_36  1.3747728208196865
    z_18_0    relu_le_onoff_36  -1.3747728208196865
    z_18_1    relu_le_pre_37  1.3747728208196865
    z_18_1    relu_le_onoff_37  -1.3747728208196865
    z_19_0    relu_le_pre_38  1.8415841967626099
    z_19_0    relu_le_onoff_38  -1.8415841967626099
    z_19_1    relu_le_pre_39  1.8415841967626099
    z_19_1    relu_le_onoff_39  -1.8415841967626099
    z_20_0    relu_le_pre_40  1.8391676730728412
    z_20_0    relu_le_onoff_40  -1.8391676730728412
    z_20_1    relu_le_pre_41  1.8391676730728412
    z_20_1    relu_le_onoff_41  -1.8391676730728412
    z_21_0    relu_le_pre_42  1.462219483854275
    z_21_0    relu_le_onoff_42  -1.462219483854275
    z_21_1    relu_le_pre_43  1.462219483854275
    z_21_1    relu_le_onoff_43  -1.462219483854275
    z_22_0    relu_le_pre_44  2.0567896250939937
    z_22_0    relu_le_onoff_44  -2.0567896250939937
    z_22_1    relu_le_pre_45  2.0567896250939937
    z_22_1    relu_le_onoff_45  -2.0567896250939937
    z_23_0    relu_le_pre_46  1.7100146894567505
    z_23_0    relu_le_onoff_46  -1.7100146894567505
    z_23_1    relu_le_pre_47  1.7100146894567505
    z_23_1    relu_le_onoff_47  -1.7100146894567505
    z_24_0    relu_le_pre_48  2.0001167665101356
    z_24_0    relu_le_onoff_48  -2.0001167665101356
    z_24_1    relu_le_pre_49  2.0001167665101356
    z_24_1    relu_le_onoff_49  -2.0001167665101356
    z_25_0    relu_le_pre_50  2.0315216578563953
    z_25_0    relu_le_onoff_50  -2.0315216578563953
    z_25_1    relu_le_pre_51  2.0315216578563953
    z_25_1    relu_le_onoff_51  -2.0315216578563953
    z_26_0    relu_le_pre_52  2.3570725146181486
    z_26_0    relu_le_onoff_52  -2.3570725146181486
    z_26_1    relu_le_pre_53  2.3570725146181486
    z_26_1    relu_le_onoff_53  -2.3570725146181486
    z_27_0    relu_le_pre_54  1.8811492839105779
    z_27_0    relu_le_onoff_54  -1.8811492839105779
    z_27_1    relu_le_pre_55  1.8811492839105779
    z_27_1    relu_le_onoff_55  -1.8811492839105779
    z_28_0    relu_le_pre_56  1.3240758496671441
    z_28_0    relu_le_onoff_56  -1.3240758496671441
    z_28_1    relu_le_pre_57  1.3240758496671441
    z_28_1    relu_le_onoff_57  -1.3240758496671441
    z_29_0    relu_le_pre_58  1.538612257091484
    z_29_0    relu_le_onoff_58  -1.538612257091484
    z_29_1    relu_le_pre_59  1.538612257091484
    z_29_1    relu_le_onoff_59  -1.538612257091484
    sgn_0     prod_le_sign_0  -2.0096254314893147
    sgn_0     prod_le_sign_2  -1.896379411008235
    sgn_0     prod_le_sign_4  -1.6710203861880601
    sgn_0     prod_le_sign_6  -1.985810420787858
    sgn_0     prod_le_sign_8  -1.3648978330841042
    sgn_0     prod_le_sign_10  -2.0770623004051032
    sgn_0     prod_le_sign_12  -2.0263056100103425
    sgn_0     prod_le_sign_14  -2.0397460467740083
    sgn_0     prod_le_sign_16  -1.4176409436806106
    sgn_0     prod_le_sign_18  -1.8057723431334343
    sgn_0     prod_le_sign_20  -1.780739256020931
    sgn_0     prod_le_sign_22  -1.9714780871642881
    sgn_0     prod_le_sign_24  -1.8028936844846988
    sgn_0     prod_le_sign_26  -1.9232050702439079
    sgn_0     prod_le_sign_28  -2.0660172330350743
    sgn_0     prod_le_sign_30  -1.9552450471948932
    sgn_0     prod_le_sign_32  -1.3552961090589748
    sgn_0     prod_le_sign_34  -1.6690084500731874
    sgn_0     prod_le_sign_36  -1.3747728208196865
    sgn_0     prod_le_sign_38  -1.8415841967626099
    sgn_0     prod_le_sign_40  -1.8391676730728412
    sgn_0     prod_le_sign_42  -1.462219483854275
    sgn_0     prod_le_sign_44  -2.0567896250939937
    sgn_0     prod_le_sign_46  -1.7100146894567505
    sgn_0     prod_le_sign_48  -2.0001167665101356
    sgn_0     prod_le_sign_50  -2.0315216578563953
    sgn_0     prod_le_sign_52  -2.3570725146181486
    sgn_0     prod_le_sign_54  -1.8811492839105779
    sgn_0     prod_le_sign_56  -1.3240758496671441
    sgn_0     prod_le_sign_58  -1.538612257091484
    sgn_0     prod_ge_0  -2.0096254314893147
    sgn_0     prod_ge_2  -1.896379411008235
    sgn_0     prod_ge_4  -1.6710203861880601
    sgn_0     prod_ge_6  -1.985810420787858
    sgn_0     prod_ge_8  -1.3648978330841042
    sgn_0     prod_ge_10  -2.0770623004051032
    sgn_0     prod_ge_12  -2.0263056100103425
    sgn_0     prod_ge_14  -2.0397460467740083
    sgn_0     prod_ge_16  -1.4176409436806106
    sgn_0     prod_ge_18  -1.8057723431334343
    sgn_0     prod_ge_20  -1.780739256020931
    sgn_0     prod_ge_22  -1.9714780871642881
    sgn_0     prod_ge_24  -1.8028936844846988
    sgn_0     prod_ge_26  -1.9232050702439079
    sgn_0     prod_ge_28  -2.0660172330350743
    sgn_0     prod_ge_30  -1.9552450471948932
    sgn_0     prod_ge_32  -1.3552961090589748
    sgn_0     prod_ge_34  -1.6690084500731874
    sgn_0     prod_ge_36  -1.3747728208196865
    sgn_0     prod_ge_38  -1.8415841967626099
    sgn_0     prod_ge_40  -1.8391676730728412
    sgn_0     prod_ge_42  -1.462219483854275
    sgn_0     prod_ge_44  -2.0567896250939937
    sgn_0     prod_ge_46  -1.7100146894567505
    sgn_0     prod_ge_48  -2.0001167665101356
    sgn_0     prod_ge_50  -2.0315216578563953
    sgn_0     prod_ge_52  -2.3570725146181486
    sgn_0     prod_ge_54  -1.8811492839105779
    sgn_0     prod_ge_56  -1.3240758496671441
    sgn_0     prod_ge_58  -1.538612257091484
    sgn_0     symmetry_sign_0  1
    sgn_0     symmetry_bias_0  2
    sgn_1     prod_le_sign_1  -2.0096254314893147
    sgn_1     prod_le_sign_3  -1.896379411008235
    sgn_1     prod_le_sign_5  -1.6710203861880601
    sgn_1     prod_le_sign_7  -1.985810420787858
    sgn_1     prod_le_sign_9  -1.3648978330841042
    sgn_1     prod_le_sign_11  -2.0770623004051032
    sgn_1     prod_le_sign_13  -2.0263056100103425
    sgn_1     prod_le_sign_15  -2.0397460467740083
    sgn_1     prod_le_sign_17  -1.4176409436806106
    sgn_1     prod_le_sign_19  -1.8057723431334343
    sgn_1     prod_le_sign_21  -1.780739256020931
    sgn_1     prod_le_sign_23  -1.9714780871642881
    sgn_1     prod_le_sign_25  -1.8028936844846988
    sgn_1     prod_le_sign_27  -1.9232050702439079
    sgn_1     prod_le_sign_29  -2.0660172330350743
    sgn_1     prod_le_sign_31  -1.9552450471948932
    sgn_1     prod_le_sign_33  -1.3552961090589748
    sgn_1     prod_le_sign_35  -1.6690084500731874
    sgn_1     prod_le_sign_37  -1.3747728208196865
    sgn_1     prod_le_sign_39  -1.8415841967626099
    sgn_1     prod_le_sign_41  -1.8391676730728412
    sgn_1     prod_le_sign_43  -1.462219483854275
    sgn_1     prod_le_sign_45  -2.0567896250939937
    sgn_1     prod_le_sign_47  -1.7100146894567505
    sgn_1     prod_le_sign_49  -2.0001167665101356
    sgn_1     prod_le_sign_51  -2.0315216578563953
    sgn_1     prod_le_sign_53  -2.3570725146181486
    sgn_1     prod_le_sign_55  -1.8811492839105779
    sgn_1     prod_le_sign_57  -1.3240758496671441
    sgn_1     prod_le_sign_59  -1.538612257091484
    sgn_1     prod_ge_1  -2.0096254314893147
    sgn_1     prod_ge_3  -1.896379411008235
    sgn_1     prod_ge_5  -1.6710203861880601
    sgn_1     prod_ge_7  -1.985810420787858
    sgn_1     prod_ge_9  -1.3648978330841042
    sgn_1     prod_ge_11  -2.0770623004051032
    sgn_1     prod_ge_13  -2.0263056100103425
    sgn_1     prod_ge_15  -2.0397460467740083
    sgn_1     prod_ge_17  -1.4176409436806106
    sgn_1     prod_ge_19  -1.8057723431334343
    sgn_1     prod_ge_21  -1.780739256020931
    sgn_1     prod_ge_23  -1.9714780871642881
    sgn_1     prod_ge_25  -1.8028936844846988
    sgn_1     prod_ge_27  -1.9232050702439079
    sgn_1     prod_ge_29  -2.0660172330350743
    sgn_1     prod_ge_31  -1.9552450471948932
    sgn_1     prod_ge_33  -1.3552961090589748
    sgn_1     prod_ge_35  -1.6690084500731874
    sgn_1     prod_ge_37  -1.3747728208196865
    sgn_1     prod_ge_39  -1.8415841967626099
    sgn_1     prod_ge_41  -1.8391676730728412
    sgn_1     prod_ge_43  -1.462219483854275
    sgn_1     prod_ge_45  -2.0567896250939937
    sgn_1     prod_ge_47  -1.7100146894567505
    sgn_1     prod_ge_49  -2.0001167665101356
    sgn_1     prod_ge_51  -2.0315216578563953
    sgn_1     prod_ge_53  -2.3570725146181486
    sgn_1     prod_ge_55  -1.8811492839105779
    sgn_1     prod_ge_57  -1.3240758496671441
    sgn_1     prod_ge_59  -1.538612257091484
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
    g_25_0    prod_le_h_50  1
    g_25_0    prod_le_sign_50  1
    g_25_0    prod_ge_50  1
    g_25_0    residual_25  2
    g_25_1    prod_le_h_51  1
    g_25_1    prod_le_sign_51  1
    g_25_1    prod_ge_51  1
    g_25_1    residual_25  2
    g_26_0    prod_le_h_52  1
    g_26_0    prod_le_sign_52  1
    g_26_0    prod_ge_52  1
    g_26_0    residual_26  2
    g_26_1    prod_le_h_53  1
    g_26_1    prod_le_sign_53  1
    g_26_1    prod_ge_53  1
    g_26_1    residual_26  2
    g_27_0    prod_le_h_54  1
    g_27_0    prod_le_sign_54  1
    g_27_0    prod_ge_54  1
    g_27_0    residual_27  2
    g_27_1    prod_le_h_55  1
    g_27_1    prod_le_sign_55  1
    g_27_1    prod_ge_55  1
    g_27_1    residual_27  2
    g_28_0    prod_le_h_56  1
    g_28_0    prod_le_sign_56  1
    g_28_0    prod_ge_56  1
    g_28_0    residual_28  2
    g_28_1    prod_le_h_57  1
    g_28_1    prod_le_sign_57  1
    g_28_1    prod_ge_57  1
    g_28_1    residual_28  2
    g_29_0    prod_le_h_58  1
    g_29_0    prod_le_sign_58  1
    g_29_0    prod_ge_58  1
    g_29_0    residual_29  2
    g_29_1    prod_le_h_59  1
    g_29_1    prod_le_sign_59  1
    g_29_1    prod_ge_59  1
    g_29_1    residual_29  2
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
    r_25      residual_25  -1
    r_26      residual_26  -1
    r_27      residual_27  -1
    r_28      residual_28  -1
    r_29      residual_29  -1
RHS
    RHS_V     relu_le_pre_0  2.0096254314893147
    RHS_V     relu_le_pre_1  2.0096254314893147
    RHS_V     relu_le_pre_2  1.896379411008235
    RHS_V     relu_le_pre_3  1.896379411008235
    RHS_V     relu_le_pre_4  1.6710203861880601
    RHS_V     relu_le_pre_5  1.6710203861880601
    RHS_V     relu_le_pre_6  1.985810420787858
    RHS_V     relu_le_pre_7  1.985810420787858
    RHS_V     relu_le_pre_8  1.3648978330841042
    RHS_V     relu_le_pre_9  1.3648978330841042
    RHS_V     relu_le_pre_10  2.0770623004051032
    RHS_V     relu_le_pre_11  2.0770623004051032
    RHS_V     relu_le_pre_12  2.0263056100103425
    RHS_V     relu_le_pre_13  2.0263056100103425
    RHS_V     relu_le_pre_14  2.0397460467740083
    RHS_V     relu_le_pre_15  2.0397460467740083
    RHS_V     relu_le_pre_16  1.4176409436806106
    RHS_V     relu_le_pre_17  1.4176409436806106
    RHS_V     relu_le_pre_18  1.8057723431334343
    RHS_V     relu_le_pre_19  1.8057723431334343
    RHS_V     relu_le_pre_20  1.780739256020931
    RHS_V     relu_le_pre_21  1.780739256020931
    RHS_V     relu_le_pre_22  1.9714780871642881
    RHS_V     relu_le_pre_23  1.9714780871642881
    RHS_V     relu_le_pre_24  1.8028936844846988
    RHS_V     relu_le_pre_25  1.8028936844846988
    RHS_V     relu_le_pre_26  1.9232050702439079
    RHS_V     relu_le_pre_27  1.9232050702439079
    RHS_V     relu_le_pre_28  2.0660172330350743
    RHS_V     relu_le_pre_29  2.0660172330350743
    RHS_V     relu_le_pre_30  1.9552450471948932
    RHS_V     relu_le_pre_31  1.9552450471948932
    RHS_V     relu_le_pre_32  1.3552961090589748
    RHS_V     relu_le_pre_33  1.3552961090589748
    RHS_V     relu_le_pre_34  1.6690084500731874
    RHS_V     relu_le_pre_35  1.6690084500731874
    RHS_V     relu_le_pre_36  1.3747728208196865
    RHS_V     relu_le_pre_37  1.3747728208196865
    RHS_V     relu_le_pre_38  1.8415841967626099
    RHS_V     relu_le_pre_39  1.8415841967626099
    RHS_V     relu_le_pre_40  1.8391676730728412
    RHS_V     relu_le_pre_41  1.8391676730728412
    RHS_V     relu_le_pre_42  1.462219483854275
    RHS_V     relu_le_pre_43  1.462219483854275
    RHS_V     relu_le_pre_44  2.0567896250939937
    RHS_V     relu_le_pre_45  2.0567896250939937
    RHS_V     relu_le_pre_46  1.7100146894567505
    RHS_V     relu_le_pre_47  1.7100146894567505
    RHS_V     relu_le_pre_48  2.0001167665101356
    RHS_V     relu_le_pre_49  2.0001167665101356
    RHS_V     relu_le_pre_50  2.0315216578563953
    RHS_V     relu_le_pre_51  2.0315216578563953
    RHS_V     relu_le_pre_52  2.3570725146181486
    RHS_V     relu_le_pre_53  2.3570725146181486
    RHS_V     relu_le_pre_54  1.8811492839105779
    RHS_V     relu_le_pre_55  1.8811492839105779
    RHS_V     relu_le_pre_56  1.3240758496671441
    RHS_V     relu_le_pre_57  1.3240758496671441
    RHS_V     relu_le_pre_58  1.538612257091484
    RHS_V     relu_le_pre_59  1.538612257091484
    RHS_V     prod_ge_0  -2.0096254314893147
    RHS_V     prod_ge_1  -2.0096254314893147
    RHS_V     prod_ge_2  -1.896379411008235
    RHS_V     prod_ge_3  -1.896379411008235
    RHS_V     prod_ge_4  -1.6710203861880601
    RHS_V     prod_ge_5  -1.6710203861880601
    RHS_V     prod_ge_6  -1.985810420787858
    RHS_V     prod_ge_7  -1.985810420787858
    RHS_V     prod_ge_8  -1.3648978330841042
    RHS_V     prod_ge_9  -1.3648978330841042
    RHS_V     prod_ge_10  -2.0770623004051032
    RHS_V     prod_ge_11  -2.0770623004051032
    RHS_V     prod_ge_12  -2.0263056100103425
    RHS_V     prod_ge_13  -2.0263056100103425
    RHS_V     prod_ge_14  -2.0397460467740083
    RHS_V     prod_ge_15  -2.0397460467740083
    RHS_V     prod_ge_16  -1.4176409436806106
    RHS_V     prod_ge_17  -1.4176409436806106
    RHS_V     prod_ge_18  -1.8057723431334343
    RHS_V     prod_ge_19  -1.8057723431334343
    RHS_V     prod_ge_20  -1.780739256020931
    RHS_V     prod_ge_21  -1.780739256020931
    RHS_V     prod_ge_22  -1.9714780871642881
    RHS_V     prod_ge_23  -1.9714780871642881
    RHS_V     prod_ge_24  -1.8028936844846988
    RHS_V     prod_ge_25  -1.8028936844846988
    RHS_V     prod_ge_26  -1.9232050702439079
    RHS_V     prod_ge_27  -1.9232050702439079
    RHS_V     prod_ge_28  -2.0660172330350743
    RHS_V     prod_ge_29  -2.0660172330350743
    RHS_V     prod_ge_30  -1.9552450471948932
    RHS_V     prod_ge_31  -1.9552450471948932
    RHS_V     prod_ge_32  -1.3552961090589748
    RHS_V     prod_ge_33  -1.3552961090589748
    RHS_V     prod_ge_34  -1.6690084500731874
    RHS_V     prod_ge_35  -1.6690084500731874
    RHS_V     prod_ge_36  -1.3747728208196865
    RHS_V     prod_ge_37  -1.3747728208196865
    RHS_V     prod_ge_38  -1.8415841967626099
    RHS_V     prod_ge_39  -1.8415841967626099
    RHS_V     prod_ge_40  -1.8391676730728412
    RHS_V     prod_ge_41  -1.8391676730728412
    RHS_V     prod_ge_42  -1.462219483854275
    RHS_V     prod_ge_43  -1.462219483854275
    RHS_V     prod_ge_44  -2.0567896250939937
    RHS_V     prod_ge_45  -2.0567896250939937
    RHS_V     prod_ge_46  -1.7100146894567505
    RHS_V     prod_ge_47  -1.7100146894567505
    RHS_V     prod_ge_48  -2.0001167665101356
    RHS_V     prod_ge_49  -2.0001167665101356
    RHS_V     prod_ge_50  -2.0315216578563953
    RHS_V     prod_ge_51  -2.0315216578563953
    RHS_V     prod_ge_52  -2.3570725146181486
    RHS_V     prod_ge_53  -2.3570725146181486
    RHS_V     prod_ge_54  -1.8811492839105779
    RHS_V     prod_ge_55  -1.8811492839105779
    RHS_V     prod_ge_56  -1.3240758496671441
    RHS_V     prod_ge_57  -1.3240758496671441
    RHS_V     prod_ge_58  -1.538612257091484
    RHS_V     prod_ge_59  -1.538612257091484
    RHS_V     residual_1  0.33561594413240681
    RHS_V     residual_2  0.45170422367781271
    RHS_V     residual_4  0.012455520927932201
    RHS_V     residual_5  -0.13025496227019145
    RHS_V     residual_7  0.20724866077151272
    RHS_V     residual_8  0.25070176460257776
    RHS_V     residual_9  -0.22944592201763658
    RHS_V     residual_10  -0.044138617161462834
    RHS_V     residual_13  0.35578944663225776
    RHS_V     residual_14  -0.037066208101837028
    RHS_V     residual_16  0.36627048141511476
    RHS_V     residual_18  0.01941631488114634
    RHS_V     residual_20  0.27436680611002995
    RHS_V     residual_21  0.062894631130709894
    RHS_V     residual_23  0.24116600199978142
    RHS_V     residual_26  0.90372827187871596
    RHS_V     residual_27  0.51808783289138871
    RHS_V     residual_28  0.20486690935570456
    RHS_V     residual_29  0.0063721446505550228
BOUNDS
 LO BOUND     W_0_0     -1
 UP BOUND     W_0_0     1
 LO BOUND     W_0_1     -1
 UP BOUND     W_0_1     1
 LO BOUND     W_1_0     -1
 UP BOUND     W_1_0     1
 LO BOUND     W_1_1     -1
 UP BOUND     W_1_1     1
 LO BOUND     b_0       -1
 UP BOUND     b_0       1
 LO BOUND     b_1       -1
 UP BOUND     b_1       1
 UP BOUND     h_0_0     2.0096254314893147
 UP BOUND     h_0_1     2.0096254314893147
 UP BOUND     h_1_0     1.896379411008235
 UP BOUND     h_1_1     1.896379411008235
 UP BOUND     h_2_0     1.6710203861880601
 UP BOUND     h_2_1     1.6710203861880601
 UP BOUND     h_3_0     1.985810420787858
 UP BOUND     h_3_1     1.985810420787858
 UP BOUND     h_4_0     1.3648978330841042
 UP BOUND     h_4_1     1.3648978330841042
 UP BOUND     h_5_0     2.0770623004051032
 UP BOUND     h_5_1     2.0770623004051032
 UP BOUND     h_6_0     2.0263056100103425
 UP BOUND     h_6_1     2.0263056100103425
 UP BOUND     h_7_0     2.0397460467740083
 UP BOUND     h_7_1     2.0397460467740083
 UP BOUND     h_8_0     1.4176409436806106
 UP BOUND     h_8_1     1.4176409436806106
 UP BOUND     h_9_0     1.8057723431334343
 UP BOUND     h_9_1     1.8057723431334343
 UP BOUND     h_10_0    1.780739256020931
 UP BOUND     h_10_1    1.780739256020931
 UP BOUND     h_11_0    1.9714780871642881
 UP BOUND     h_11_1    1.9714780871642881
 UP BOUND     h_12_0    1.8028936844846988
 UP BOUND     h_12_1    1.8028936844846988
 UP BOUND     h_13_0    1.9232050702439079
 UP BOUND     h_13_1    1.9232050702439079
 UP BOUND     h_14_0    2.0660172330350743
 UP BOUND     h_14_1    2.0660172330350743
 UP BOUND     h_15_0    1.9552450471948932
 UP BOUND     h_15_1    1.9552450471948932
 UP BOUND     h_16_0    1.3552961090589748
 UP BOUND     h_16_1    1.3552961090589748
 UP BOUND     h_17_0    1.6690084500731874
 UP BOUND     h_17_1    1.6690084500731874
 UP BOUND     h_18_0    1.3747728208196865
 UP BOUND     h_18_1    1.3747728208196865
 UP BOUND     h_19_0    1.8415841967626099
 UP BOUND     h_19_1    1.8415841967626099
 UP BOUND     h_20_0    1.8391676730728412
 UP BOUND     h_20_1    1.8391676730728412
 UP BOUND     h_21_0    1.462219483854275
 UP BOUND     h_21_1    1.462219483854275
 UP BOUND     h_22_0    2.0567896250939937
 UP BOUND     h_22_1    2.0567896250939937
 UP BOUND     h_23_0    1.7100146894567505
 UP BOUND     h_23_1    1.7100146894567505
 UP BOUND     h_24_0    2.0001167665101356
 UP BOUND     h_24_1    2.0001167665101356
 UP BOUND     h_25_0    2.0315216578563953
 UP BOUND     h_25_1    2.0315216578563953
 UP BOUND     h_26_0    2.3570725146181486
 UP BOUND     h_26_1    2.3570725146181486
 UP BOUND     h_27_0    1.8811492839105779
 UP BOUND     h_27_1    1.8811492839105779
 UP BOUND     h_28_0    1.3240758496671441
 UP BOUND     h_28_1    1.3240758496671441
 UP BOUND     h_29_0    1.538612257091484
 UP BOUND     h_29_1    1.538612257091484
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
 BV BOUND     z_25_0  
 BV BOUND     z_25_1  
 BV BOUND     z_26_0  
 BV BOUND     z_26_1  
 BV BOUND     z_27_0  
 BV BOUND     z_27_1  
 BV BOUND     z_28_0  
 BV BOUND     z_28_1  
 BV BOUND     z_29_0  
 BV BOUND     z_29_1  
 BV BOUND     sgn_0   
 BV BOUND     sgn_1   
 UP BOUND     g_0_0     2.0096254314893147
 UP BOUND     g_0_1     2.0096254314893147
 UP BOUND     g_1_0     1.896379411008235
 UP BOUND     g_1_1     1.896379411008235
 UP BOUND     g_2_0     1.6710203861880601
 UP BOUND     g_2_1     1.6710203861880601
 UP BOUND     g_3_0     1.985810420787858
 UP BOUND     g_3_1     1.985810420787858
 UP BOUND     g_4_0     1.3648978330841042
 UP BOUND     g_4_1     1.3648978330841042
 UP BOUND     g_5_0     2.0770623004051032
 UP BOUND     g_5_1     2.0770623004051032
 UP BOUND     g_6_0     2.0263056100103425
 UP BOUND     g_6_1     2.0263056100103425
 UP BOUND     g_7_0     2.0397460467740083
 UP BOUND     g_7_1     2.0397460467740083
 UP BOUND     g_8_0     1.4176409436806106
 UP BOUND     g_8_1     1.4176409436806106
 UP BOUND     g_9_0     1.8057723431334343
 UP BOUND     g_9_1     1.8057723431334343
 UP BOUND     g_10_0    1.780739256020931
 UP BOUND     g_10_1    1.780739256020931
 UP BOUND     g_11_0    1.9714780871642881
 UP BOUND     g_11_1    1.9714780871642881
 UP BOUND     g_12_0    1.8028936844846988
 UP BOUND     g_12_1    1.8028936844846988
 UP BOUND     g_13_0    1.9232050702439079
 UP BOUND     g_13_1    1.9232050702439079
 UP BOUND     g_14_0    2.0660172330350743
 UP BOUND     g_14_1    2.0660172330350743
 UP BOUND     g_15_0    1.9552450471948932
 UP BOUND     g_15_1    1.9552450471948932
 UP BOUND     g_16_0    1.3552961090589748
 UP BOUND     g_16_1    1.3552961090589748
 UP BOUND     g_17_0    1.6690084500731874
 UP BOUND     g_17_1    1.6690084500731874
 UP BOUND     g_18_0    1.3747728208196865
 UP BOUND     g_18_1    1.3747728208196865
 UP BOUND     g_19_0    1.8415841967626099
 UP BOUND     g_19_1    1.8415841967626099
 UP BOUND     g_20_0    1.8391676730728412
 UP BOUND     g_20_1    1.8391676730728412
 UP BOUND     g_21_0    1.462219483854275
 UP BOUND     g_21_1    1.462219483854275
 UP BOUND     g_22_0    2.0567896250939937
 UP BOUND     g_22_1    2.0567896250939937
 UP BOUND     g_23_0    1.7100146894567505
 UP BOUND     g_23_1    1.7100146894567505
 UP BOUND     g_24_0    2.0001167665101356
 UP BOUND     g_24_1    2.0001167665101356
 UP BOUND     g_25_0    2.0315216578563953
 UP BOUND     g_25_1    2.0315216578563953
 UP BOUND     g_26_0    2.3570725146181486
 UP BOUND     g_26_1    2.3570725146181486
 UP BOUND     g_27_0    1.8811492839105779
 UP BOUND     g_27_1    1.8811492839105779
 UP BOUND     g_28_0    1.3240758496671441
 UP BOUND     g_28_1    1.3240758496671441
 UP BOUND     g_29_0    1.538612257091484
 UP BOUND     g_29_1    1.538612257091484
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
 FR BOUND     r_25    
 FR BOUND     r_26    
 FR BOUND     r_27    
 FR BOUND     r_28    
 FR BOUND     r_29    
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
    r_25      r_25      2
    r_26      r_26      2
    r_27      r_27      2
    r_28      r_28      2
    r_29      r_29      2
ENDATA
