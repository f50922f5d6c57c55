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
    W_0_0     relu_ge_pre_0  0.29367719589298241
    W_0_0     relu_ge_pre_2  0.32408875383462649
    W_0_0     relu_ge_pre_4  0.78967467904513333
    W_0_0     relu_ge_pre_6  0.8301275645890519
    W_0_0     relu_ge_pre_8  0.57375421604464927
    W_0_0     relu_ge_pre_10  -0.35881780249569489
    W_0_0     relu_ge_pre_12  0.06621389271712716
    W_0_0     relu_ge_pre_14  0.57654762618779365
    W_0_0     relu_ge_pre_16  -0.783306975818028
    W_0_0     relu_ge_pre_18  0.62629942637575942
    W_0_0     relu_ge_pre_20  0.87784284027583137
    W_0_0     relu_ge_pre_22  0.66416156520309655
    W_0_0     relu_ge_pre_24  0.24583616956748322
    W_0_0     relu_ge_pre_26  -0.36465607011153794
    W_0_0     relu_ge_pre_28  0.71365092267490071
    W_0_0     relu_ge_pre_30  -0.41201867504279982
    W_0_0     relu_ge_pre_32  0.41174895267140438
    W_0_0     relu_ge_pre_34  -0.74118094161167436
    W_0_0     relu_ge_pre_36  -0.54331477230968117
    W_0_0     relu_ge_pre_38  -0.57617610154255672
    W_0_0     relu_ge_pre_40  -0.27382623964116337
    W_0_0     relu_ge_pre_42  -0.24216273364303972
    W_0_0     relu_ge_pre_44  0.0065339257658821497
    W_0_0     relu_ge_pre_46  0.94059208250585236
    W_0_0     relu_ge_pre_48  -0.063721454146874648
    W_0_0     relu_ge_pre_50  0.81124895332032043
    W_0_0     relu_ge_pre_52  0.34624750912425961
    W_0_0     relu_ge_pre_54  -0.9408774282404625
    W_0_0     relu_ge_pre_56  -0.30323931907465829
    W_0_0     relu_ge_pre_58  -0.75744647688240463
    W_0_0     relu_le_pre_0  0.29367719589298241
    W_0_0     relu_le_pre_2  0.32408875383462649
    W_0_0     relu_le_pre_4  0.78967467904513333
    W_0_0     relu_le_pre_6  0.8301275645890519
    W_0_0     relu_le_pre_8  0.57375421604464927
    W_0_0     relu_le_pre_10  -0.35881780249569489
    W_0_0     relu_le_pre_12  0.06621389271712716
    W_0_0     relu_le_pre_14  0.57654762618779365
    W_0_0     relu_le_pre_16  -0.783306975818028
    W_0_0     relu_le_pre_18  0.62629942637575942
    W_0_0     relu_le_pre_20  0.87784284027583137
    W_0_0     relu_le_pre_22  0.66416156520309655
    W_0_0     relu_le_pre_24  0.24583616956748322
    W_0_0     relu_le_pre_26  -0.36465607011153794
    W_0_0     relu_le_pre_28  0.71365092267490071
    W_0_0     relu_le_pre_30  -0.41201867504279982
    W_0_0     relu_le_pre_32  0.41174895267140438
    W_0_0     relu_le_pre_34  -0.74118094161167436
    W_0_0     relu_le_pre_36  -0.54331477230968117
    W_0_0     relu_le_pre_38  -0.57617610154255672
    W_0_0     relu_le_pre_40  -0.27382623964116337
    W_0_0     relu_le_pre_42  -0.24216273364303972
    W_0_0     relu_le_pre_44  0.0065339257658821497
    W_0_0     relu_le_pre_46  0.94059208250585236
    W_0_0     relu_le_pre_48  -0.063721454146874648
    W_0_0     relu_le_pre_50  0.81124895332032043
    W_0_0     relu_le_pre_52  0.34624750912425961
    W_0_0     relu_le_pre_54  -0.9408774282404625
    W_0_0     relu_le_pre_56  -0.30323931907465829
    W_0_0     relu_le_pre_58  -0.75744647688240463
    W_0_1     relu_ge_pre_0  0.52807563175861794
    W_0_1     relu_ge_pre_2  -0.021488583204772396
    W_0_1     relu_ge_pre_4  0.074310516178230854
    W_0_1     relu_ge_pre_6  0.48789627952805381
    W_0_1     relu_ge_pre_8  0.33344153053687509
    W_0_1     relu_ge_pre_10  -0.90875754649020524
    W_0_1     relu_ge_pre_12  -0.70392580155787143
    W_0_1     relu_ge_pre_14  -0.30466614447013285
    W_0_1     relu_ge_pre_16  -0.0815084882094705
    W_0_1     relu_ge_pre_18  0.77643128076908285
    W_0_1     relu_ge_pre_20  -0.42229802594166399
    W_0_1     relu_ge_pre_22  0.13760288738274717
    W_0_1     relu_ge_pre_24  -0.8350409708754889
    W_0_1     relu_ge_pre_26  -0.60369582242916686
    W_0_1     relu_ge_pre_28  0.14147268556874654
    W_0_1     relu_ge_pre_30  -0.78487343701375389
    W_0_1     relu_ge_pre_32  -0.49509458624557029
    W_0_1     relu_ge_pre_34  -0.4302724527324065
    W_0_1     relu_ge_pre_36  0.64494335889272403
    W_0_1     relu_ge_pre_38  -0.77464881502820337
    W_0_1     relu_ge_pre_40  -0.19987952312552018
    W_0_1     relu_ge_pre_42  0.8187626808244497
    W_0_1     relu_ge_pre_44  -0.96300635327013584
    W_0_1     relu_ge_pre_46  -0.28846615789716207
    W_0_1     relu_ge_pre_48  -0.1031788798484314
    W_0_1     relu_ge_pre_50  0.45333787177144186
    W_0_1     relu_ge_pre_52  0.92806664765607771
    W_0_1     relu_ge_pre_54  0.26825332176615641
    W_0_1     relu_ge_pre_56  0.23834833248763349
    W_0_1     relu_ge_pre_58  -0.63158819533093524
    W_0_1     relu_le_pre_0  0.52807563175861794
    W_0_1     relu_le_pre_2  -0.021488583204772396
    W_0_1     relu_le_pre_4  0.074310516178230854
    W_0_1     relu_le_pre_6  0.48789627952805381
    W_0_1     relu_le_pre_8  0.33344153053687509
    W_0_1     relu_le_pre_10  -0.90875754649020524
    W_0_1     relu_le_pre_12  -0.70392580155787143
    W_0_1     relu_le_pre_14  -0.30466614447013285
    W_0_1     relu_le_pre_16  -0.0815084882094705
    W_0_1     relu_le_pre_18  0.77643128076908285
    W_0_1     relu_le_pre_20  -0.42229802594166399
    W_0_1     relu_le_pre_22  0.13760288738274717
    W_0_1     relu_le_pre_24  -0.8350409708754889
    W_0_1     relu_le_pre_26  -0.60369582242916686
    W_0_1     relu_le_pre_28  0.14147268556874654
    W_0_1     relu_le_pre_30  -0.78487343701375389
    W_0_1     relu_le_pre_32  -0.49509458624557029
    W_0_1     relu_le_pre_34  -0.4302724527324065
    W_0_1     relu_le_pre_36  0.64494335889272403
    W_0_1     relu_le_pre_38  -0.77464881502820337
    W_0_1     relu_le_pre_40  -0.19987952312552018
    W_0_1     relu_le_pre_42  0.8187626808244497
    W_0_1     relu_le_pre_44  -0.96300635327013584
    W_0_1     relu_le_pre_46  -0.28846615789716207
    W_0_1     relu_le_pre_48  -0.1031788798484314
    W_0_1     relu_le_pre_50  0.45333787177144186
    W_0_1     relu_le_pre_52  0.92806664765607771
    W_0_1     relu_le_pre_54  0.26825332176615641
    W_0_1     relu_le_pre_56  0.23834833248763349
    W_0_1     relu_le_pre_58  -0.63158819533093524
    W_1_0     relu_ge_pre_1  0.29367719589298241
    W_1_0     relu_ge_pre_3  0.32408875383462649
    W_1_0     relu_ge_pre_5  0.78967467904513333
    W_1_0     relu_ge_pre_7  0.8301275645890519
    W_1_0     relu_ge_pre_9  0.57375421604464927
    W_1_0     relu_ge_pre_11  -0.35881780249569489
    W_1_0     relu_ge_pre_13  0.06621389271712716
    W_1_0     relu_ge_pre_15  0.57654762618779365
    W_1_0     relu_ge_pre_17  -0.783306975818028
    W_1_0     relu_ge_pre_19  0.62629942637575942
    W_1_0     relu_ge_pre_21  0.87784284027583137
    W_1_0     relu_ge_pre_23  0.66416156520309655
    W_1_0     relu_ge_pre_25  0.24583616956748322
    W_1_0     relu_ge_pre_27  -0.36465607011153794
    W_1_0     relu_ge_pre_29  0.71365092267490071
    W_1_0     relu_ge_pre_31  -0.41201867504279982
    W_1_0     relu_ge_pre_33  0.41174895267140438
    W_1_0     relu_ge_pre_35  -0.74118094161167436
    W_1_0     relu_ge_pre_37  -0.54331477230968117
    W_1_0     relu_ge_pre_39  -0.57617610154255672
    W_1_0     relu_ge_pre_41  -0.27382623964116337
    W_1_0     relu_ge_pre_43  -0.24216273364303972
    W_1_0     relu_ge_pre_45  0.0065339257658821497
    W_1_0     relu_ge_pre_47  0.94059208250585236
    W_1_0     relu_ge_pre_49  -0.063721454146874648
    W_1_0     relu_ge_pre_51  0.81124895332032043
    W_1_0     relu_ge_pre_53  0.34624750912425961
    W_1_0     relu_ge_pre_55  -0.9408774282404625
    W_1_0     relu_ge_pre_57  -0.30323931907465829
    W_1_0     relu_ge_pre_59  -0.75744647688240463
    W_1_0     relu_le_pre_1  0.29367719589298241
    W_1_0     relu_le_pre_3  0.32408875383462649
    W_1_0     relu_le_pre_5  0.78967467904513333
    W_1_0     relu_le_pre_7  0.8301275645890519
    W_1_0     relu_le_pre_9  0.57375421604464927
    W_1_0     relu_le_pre_11  -0.35881780249569489
    W_1_0     relu_le_pre_13  0.06621389271712716
    W_1_0     relu_le_pre_15  0.57654762618779365
    W_1_0     relu_le_pre_17  -0.783306975818028
    W_1_0     relu_le_pre_19  0.62629942637575942
    W_1_0     relu_le_pre_21  0.87784284027583137
    W_1_0     relu_le_pre_23  0.66416156520309655
    W_1_0     relu_le_pre_25  0.24583616956748322
    W_1_0     relu_le_pre_27  -0.36465607011153794
    W_1_0     relu_le_pre_29  0.71365092267490071
    W_1_0     relu_le_pre_31  -0.41201867504279982
    W_1_0     relu_le_pre_33  0.41174895267140438
    W_1_0     relu_le_pre_35  -0.74118094161167436
    W_1_0     relu_le_pre_37  -0.54331477230968117
    W_1_0     relu_le_pre_39  -0.57617610154255672
    W_1_0     relu_le_pre_41  -0.27382623964116337
    W_1_0     relu_le_pre_43  -0.24216273364303972
    W_1_0     relu_le_pre_45  0.0065339257658821497
    W_1_0     relu_le_pre_47  0.94059208250585236
    W_1_0     relu_le_pre_49  -0.063721454146874648
    W_1_0     relu_le_pre_51  0.81124895332032043
    W_1_0     relu_le_pre_53  0.34624750912425961
    W_1_0     relu_le_pre_55  -0.9408774282404625
    W_1_0     relu_le_pre_57  -0.30323931907465829
    W_1_0     relu_le_pre_59  -0.75744647688240463
    W_1_1     relu_ge_pre_1  0.52807563175861794
    W_1_1     relu_ge_pre_3  -0.021488583204772396
    W_1_1     relu_ge_pre_5  0.074310516178230854
    W_1_1     relu_ge_pre_7  0.48789627952805381
    W_1_1     relu_ge_pre_9  0.33344153053687509
    W_1_1     relu_ge_pre_11  -0.90875754649020524
    W_1_1     relu_ge_pre_13  -0.70392580155787143
    W_1_1     relu_ge_pre_15  -0.30466614447013285
    W_1_1     relu_ge_pre_17  -0.0815084882094705
    W_1_1     relu_ge_pre_19  0.77643128076908285
    W_1_1     relu_ge_pre_21  -0.42229802594166399
    W_1_1     relu_ge_pre_23  0.13760288738274717
    W_1_1     relu_ge_pre_25  -0.8350409708754889
    W_1_1     relu_ge_pre_27  -0.60369582242916686
    W_1_1     relu_ge_pre_29  0.14147268556874654
    W_1_1     relu_ge_pre_31  -0.78487343701375389
    W_1_1     relu_ge_pre_33  -0.49509458624557029
    W_1_1     relu_ge_pre_35  -0.4302724527324065
    W_1_1     relu_ge_pre_37  0.64494335889272403
    W_1_1     relu_ge_pre_39  -0.77464881502820337
    W_1_1     relu_ge_pre_41  -0.19987952312552018
    W_1_1     relu_ge_pre_43  0.8187626808244497
    W_1_1     relu_ge_pre_45  -0.96300635327013584
    W_1_1     relu_ge_pre_47  -0.28846615789716207
    W_1_1     relu_ge_pre_49  -0.1031788798484314
    W_1_1     relu_ge_pre_51  0.45333787177144186
    W_1_1     relu_ge_pre_53  0.92806664765607771
    W_1_1     relu_ge_pre_55  0.26825332176615641
    W_1_1     relu_ge_pre_57  0.23834833248763349
    W_1_1     relu_ge_pre_59  -0.63158819533093524
    W_1_1     relu_le_pre_1  0.52807563175861794
    W_1_1     relu_le_pre_3  -0.021488583204772396
    W_1_1     relu_le_pre_5  0.074310516178230854
    W_1_1     relu_le_pre_7  0.48789627952805381
    W_1_1     relu_le_pre_9  0.33344153053687509
    W_1_1     relu_le_pre_11  -0.90875754649020524
    W_1_1     relu_le_pre_13  -0.70392580155787143
    W_1_1     relu_le_pre_15  -0.30466614447013285
    W_1_1     relu_le_pre_17  -0.0815084882094705
    W_1_1     relu_le_pre_19  0.77643128076908285
    W_1_1     relu_le_pre_21  -0.42229802594166399
    W_1_1     relu_le_pre_23  0.13760288738274717
    W_1_1     relu_le_pre_25  -0.8350409708754889
    W_1_1     relu_le_pre_27  -0.60369582242916686
    W_1_1     relu_le_pre_29  0.14147268556874654
    W_1_1     relu_le_pre_31  -0.78487343701375389
    W_1_1     relu_le_pre_33  -0.49509458624557029
    W_1_1     relu_le_pre_35  -0.4302724527324065
    W_1_1     relu_le_pre_37  0.64494335889272403
    W_1_1     relu_le_pre_39  -0.77464881502820337
    W_1_1     relu_le_pre_41  -0.19987952312552018
    W_1_1     relu_le_pre_43  0.8187626808244497
    W_1_1     relu_le_pre_45  -0.96300635327013584
    W_1_1     relu_le_pre_47  -0.28846615789716207
    W_1_1     relu_le_pre_49  -0.1031788798484314
    W_1_1     relu_le_pre_51  0.45333787177144186
    W_1_1     relu_le_pre_53  0.92806664765607771
    W_1_1     relu_le_pre_55  0.26825332176615641
    W_1_1     relu_le_pre_57  0.23834833248763349
    W_1_1     relu_le_pre_59  -0.63158819533093524
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
    z_0_0     relu_le_pre_0  1.8217528276516004
    z_0_0     relu_le_onoff_0  -1.8217528276516004
    z_0_1     relu_le_pre_1  1.8217528276516004
    z_0_1     relu_le_onoff_1  -1.8217528276516004
    z_1_0     relu_le_pre_2  1.3455773370393989
    z_1_0     relu_le_onoff_2  -1.3455773370393989
    z_1_1     relu_le_pre_3  1.3455773370393989
    z_1_1     relu_le_onoff_3  -1.3455773370393989
    z_2_0     relu_le_pre_4  1.8639851952233641
    z_2_0     relu_le_onoff_4  -1.8639851952233641
    z_2_1     relu_le_pre_5  1.8639851952233641
    z_2_1     relu_le_onoff_5  -1.8639851952233641
    z_3_0     relu_le_pre_6  2.3180238441171057
    z_3_0     relu_le_onoff_6  -2.3180238441171057
    z_3_1     relu_le_pre_7  2.3180238441171057
    z_3_1     relu_le_onoff_7  -2.3180238441171057
    z_4_0     relu_le_pre_8  1.9071957465815244
    z_4_0     relu_le_onoff_8  -1.9071957465815244
    z_4_1     relu_le_pre_9  1.9071957465815244
    z_4_1     relu_le_onoff_9  -1.9071957465815244
    z_5_0     relu_le_pre_10  2.2675753489859001
    z_5_0     relu_le_onoff_10  -2.2675753489859001
    z_5_1     relu_le_pre_11  2.2675753489859001
    z_5_1     relu_le_onoff_11  -2.2675753489859001
    z_6_0     relu_le_pre_12  1.7701396942749987
    z_6_0     relu_le_onoff_12  -1.7701396942749987
    z_6_1     relu_le_pre_13  1.7701396942749987
    z_6_1     relu_le_onoff_13  -1.7701396942749987
    z_7_0     relu_le_pre_14  1.8812137706579266
    z_7_0     relu_le_onoff_14  -1.8812137706579266
    z_7_1     relu_le_pre_15  1.8812137706579266
    z_7_1     relu_le_onoff_15  -1.8812137706579266
    z_8_0     relu_le_pre_16  1.8648154640274985
    z_8_0     relu_le_onoff_16  -1.8648154640274985
    z_8_1     relu_le_pre_17  1.8648154640274985
    z_8_1     relu_le_onoff_17  -1.8648154640274985
    z_9_0     relu_le_pre_18  2.4027307071448423
    z_9_0     relu_le_onoff_18  -2.4027307071448423
    z_9_1     relu_le_pre_19  2.4027307071448423
    z_9_1     relu_le_onoff_19  -2.4027307071448423
    z_10_0    relu_le_pre_20  2.3001408662174954
    z_10_0    relu_le_onoff_20  -2.3001408662174954
    z_10_1    relu_le_pre_21  2.3001408662174954
    z_10_1    relu_le_onoff_21  -2.3001408662174954
    z_11_0    relu_le_pre_22  1.8017644525858438
    z_11_0    relu_le_onoff_22  -1.8017644525858438
    z_11_1    relu_le_pre_23  1.8017644525858438
    z_11_1    relu_le_onoff_23  -1.8017644525858438
    z_12_0    relu_le_pre_24  2.080877140442972
    z_12_0    relu_le_onoff_24  -2.080877140442972
    z_12_1    relu_le_pre_25  2.080877140442972
    z_12_1    relu_le_onoff_25  -2.080877140442972
    z_13_0    relu_le_pre_26  1.9683518925407049
    z_13_0    relu_le_onoff_26  -1.9683518925407049
    z_13_1    relu_le_pre_27  1.9683518925407049
    z_13_1    relu_le_onoff_27  -1.9683518925407049
    z_14_0    relu_le_pre_28  1.8551236082436473
    z_14_0    relu_le_onoff_28  -1.8551236082436473
    z_14_1    relu_le_pre_29  1.8551236082436473
    z_14_1    relu_le_onoff_29  -1.8551236082436473
    z_15_0    relu_le_pre_30  2.1968921120565534
    z_15_0    relu_le_onoff_30  -2.1968921120565534
    z_15_1    relu_le_pre_31  2.1968921120565534
    z_15_1    relu_le_onoff_31  -2.1968921120565534
    z_16_0    relu_le_pre_32  1.9068435389169747
    z_16_0    relu_le_onoff_32  -1.9068435389169747
    z_16_1    relu_le_pre_33  1.9068435389169747
    z_16_1    relu_le_onoff_33  -1.9068435389169747
    z_17_0    relu_le_pre_34  2.1714533943440806
    z_17_0    relu_le_onoff_34  -2.1714533943440806
    z_17_1    relu_le_pre_35  2.1714533943440806
    z_17_1    relu_le_onoff_35  -2.1714533943440806
    z_18_0    relu_le_pre_36  2.1882581312024052
    z_18_0    relu_le_onoff_36  -2.1882581312024052
    z_18_1    relu_le_pre_37  2.1882581312024052
    z_18_1    relu_le_onoff_37  -2.1882581312024052
    z_19_0    relu_le_pre_38  2.35082491657076
    z_19_0    relu_le_onoff_38  -2.35082491657076
    z_19_1    relu_le_pre_39  2.35082491657076
    z_19_1    relu_le_onoff_39  -2.35082491657076
    z_20_0    relu_le_pre_40  1.4737057627666834
    z_20_0    relu_le_onoff_40  -1.4737057627666834
    z_20_1    relu_le_pre_41  1.4737057627666834
    z_20_1    relu_le_onoff_41  -1.4737057627666834
    z_21_0    relu_le_pre_42  2.0609254144674893
    z_21_0    relu_le_onoff_42  -2.0609254144674893
    z_21_1    relu_le_pre_43  2.0609254144674893
    z_21_1    relu_le_onoff_43  -2.0609254144674893
    z_22_0    relu_le_pre_44  1.9695402790360181
    z_22_0    relu_le_onoff_44  -1.9695402790360181
    z_22_1    relu_le_pre_45  1.9695402790360181
    z_22_1    relu_le_onoff_45  -1.9695402790360181
    z_23_0    relu_le_pre_46  2.2290582404030141
    z_23_0    relu_le_onoff_46  -2.2290582404030141
    z_23_1    relu_le_pre_47  2.2290582404030141
    z_23_1    relu_le_onoff_47  -2.2290582404030141
    z_24_0    relu_le_pre_48  1.1669003339953061
    z_24_0    relu_le_onoff_48  -1.1669003339953061
    z_24_1    relu_le_pre_49  1.1669003339953061
    z_24_1    relu_le_onoff_49  -1.1669003339953061
    z_25_0    relu_le_pre_50  2.2645868250917625
    z_25_0    relu_le_onoff_50  -2.2645868250917625
    z_25_1    relu_le_pre_51  2.2645868250917625
    z_25_1    relu_le_onoff_51  -2.2645868250917625
    z_26_0    relu_le_pre_52  2.2743141567803375
    z_26_0    relu_le_onoff_52  -2.2743141567803375
    z_26_1    relu_le_pre_53  2.2743141567803375
    z_26_1    relu_le_onoff_53  -2.2743141567803375
    z_27_0    relu_le_pre_54  2.2091307500066186
    z_27_0    relu_le_onoff_54  -2.2091307500066186
    z_27_1    relu_le_pre_55  2.2091307500066186
    z_27_1    relu_le_onoff_55  -2.2091307500066186
    z_28_0    relu_le_pre_56  1.5415876515622917
    z_28_0    relu_le_onoff_56  -1.5415876515622917
    z_28_1    relu_le_pre_57  1.5415876515622917
    z_28_1    relu_le_onoff_57  -1.5415876515622917
    z_29_0    relu_le_pre_58  2.3890346722133398
    z_29_0    relu_le_onoff_58  -2.3890346722133398
    z_29_1    relu_le_pre_59  2.3890346722133398
    z_29_1    relu_le_onoff_59  -2.3890346722133398
    sgn_0     prod_le_sign_0  -1.8217528276516004
    sgn_0     prod_le_sign_2  -1.3455773370393989
    sgn_0     prod_le_sign_4  -1.8639851952233641
    sgn_0     prod_le_sign_6  -2.3180238441171057
    sgn_0     prod_le_sign_8  -1.9071957465815244
    sgn_0     prod_le_sign_10  -2.2675753489859001
    sgn_0     prod_le_sign_12  -1.7701396942749987
    sgn_0     prod_le_sign_14  -1.8812137706579266
    sgn_0     prod_le_sign_16  -1.8648154640274985
    sgn_0     prod_le_sign_18  -2.4027307071448423
    sgn_0     prod_le_sign_20  -2.3001408662174954
    sgn_0     prod_le_sign_22  -1.8017644525858438
    sgn_0     prod_le_sign_24  -2.080877140442972
    sgn_0     prod_le_sign_26  -1.9683518925407049
    sgn_0     prod_le_sign_28  -1.8551236082436473
    sgn_0     prod_le_sign_30  -2.1968921120565534
    sgn_0     prod_le_sign_32  -1.9068435389169747
    sgn_0     prod_le_sign_34  -2.1714533943440806
    sgn_0     prod_le_sign_36  -2.1882581312024052
    sgn_0     prod_le_sign_38  -2.35082491657076
    sgn_0     prod_le_sign_40  -1.4737057627666834
    sgn_0     prod_le_sign_42  -2.0609254144674893
    sgn_0     prod_le_sign_44  -1.9695402790360181
    sgn_0     prod_le_sign_46  -2.2290582404030141
    sgn_0     prod_le_sign_48  -1.1669003339953061
    sgn_0     prod_le_sign_50  -2.2645868250917625
    sgn_0     prod_le_sign_52  -2.2743141567803375
    sgn_0     prod_le_sign_54  -2.2091307500066186
    sgn_0     prod_le_sign_56  -1.5415876515622917
    sgn_0     prod_le_sign_58  -2.3890346722133398
    sgn_0     prod_ge_0  -1.8217528276516004
    sgn_0     prod_ge_2  -1.3455773370393989
    sgn_0     prod_ge_4  -1.8639851952233641
    sgn_0     prod_ge_6  -2.3180238441171057
    sgn_0     prod_ge_8  -1.9071957465815244
    sgn_0     prod_ge_10  -2.2675753489859001
    sgn_0     prod_ge_12  -1.7701396942749987
    sgn_0     prod_ge_14  -1.8812137706579266
    sgn_0     prod_ge_16  -1.8648154640274985
    sgn_0     prod_ge_18  -2.4027307071448423
    sgn_0     prod_ge_20  -2.3001408662174954
    sgn_0     prod_ge_22  -1.8017644525858438
    sgn_0     prod_ge_24  -2.080877140442972
    sgn_0     prod_ge_26  -1.9683518925407049
    sgn_0     prod_ge_28  -1.8551236082436473
    sgn_0     prod_ge_30  -2.1968921120565534
    sgn_0     prod_ge_32  -1.9068435389169747
    sgn_0     prod_ge_34  -2.1714533943440806
    sgn_0     prod_ge_36  -2.1882581312024052
    sgn_0     prod_ge_38  -2.35082491657076
    sgn_0     prod_ge_40  -1.4737057627666834
    sgn_0     prod_ge_42  -2.0609254144674893
    sgn_0     prod_ge_44  -1.9695402790360181
    sgn_0     prod_ge_46  -2.2290582404030141
    sgn_0     prod_ge_48  -1.1669003339953061
    sgn_0     prod_ge_50  -2.2645868250917625
    sgn_0     prod_ge_52  -2.2743141567803375
    sgn_0     prod_ge_54  -2.2091307500066186
    sgn_0     prod_ge_56  -1.5415876515622917
    sgn_0     prod_ge_58  -2.3890346722133398
    sgn_0     symmetry_sign_0  1
    sgn_0     symmetry_bias_0  2
    sgn_1     prod_le_sign_1  -1.8217528276516004
    sgn_1     prod_le_sign_3  -1.3455773370393989
    sgn_1     prod_le_sign_5  -1.8639851952233641
    sgn_1     prod_le_sign_7  -2.3180238441171057
    sgn_1     prod_le_sign_9  -1.9071957465815244
    sgn_1     prod_le_sign_11  -2.2675753489859001
    sgn_1     prod_le_sign_13  -1.7701396942749987
    sgn_1     prod_le_sign_15  -1.8812137706579266
    sgn_1     prod_le_sign_17  -1.8648154640274985
    sgn_1     prod_le_sign_19  -2.4027307071448423
    sgn_1     prod_le_sign_21  -2.3001408662174954
    sgn_1     prod_le_sign_23  -1.8017644525858438
    sgn_1     prod_le_sign_25  -2.080877140442972
    sgn_1     prod_le_sign_27  -1.9683518925407049
    sgn_1     prod_le_sign_29  -1.8551236082436473
    sgn_1     prod_le_sign_31  -2.1968921120565534
    sgn_1     prod_le_sign_33  -1.9068435389169747
    sgn_1     prod_le_sign_35  -2.1714533943440806
    sgn_1     prod_le_sign_37  -2.1882581312024052
    sgn_1     prod_le_sign_39  -2.35082491657076
    sgn_1     prod_le_sign_41  -1.4737057627666834
    sgn_1     prod_le_sign_43  -2.0609254144674893
    sgn_1     prod_le_sign_45  -1.9695402790360181
    sgn_1     prod_le_sign_47  -2.2290582404030141
    sgn_1     prod_le_sign_49  -1.1669003339953061
    sgn_1     prod_le_sign_51  -2.2645868250917625
    sgn_1     prod_le_sign_53  -2.2743141567803375
    sgn_1     prod_le_sign_55  -2.2091307500066186
    sgn_1     prod_le_sign_57  -1.5415876515622917
    sgn_1     prod_le_sign_59  -2.3890346722133398
    sgn_1     prod_ge_1  -1.8217528276516004
    sgn_1     prod_ge_3  -1.3455773370393989
    sgn_1     prod_ge_5  -1.8639851952233641
    sgn_1     prod_ge_7  -2.3180238441171057
    sgn_1     prod_ge_9  -1.9071957465815244
    sgn_1     prod_ge_11  -2.2675753489859001
    sgn_1     prod_ge_13  -1.7701396942749987
    sgn_1     prod_ge_15  -1.8812137706579266
    sgn_1     prod_ge_17  -1.8648154640274985
    sgn_1     prod_ge_19  -2.4027307071448423
    sgn_1     prod_ge_21  -2.3001408662174954
    sgn_1     prod_ge_23  -1.8017644525858438
    sgn_1     prod_ge_25  -2.080877140442972
    sgn_1     prod_ge_27  -1.9683518925407049
    sgn_1     prod_ge_29  -1.8551236082436473
    sgn_1     prod_ge_31  -2.1968921120565534
    sgn_1     prod_ge_33  -1.9068435389169747
    sgn_1     prod_ge_35  -2.1714533943440806
    sgn_1     prod_ge_37  -2.1882581312024052
    sgn_1     prod_ge_39  -2.35082491657076
    sgn_1     prod_ge_41  -1.4737057627666834
    sgn_1     prod_ge_43  -2.0609254144674893
    sgn_1     prod_ge_45  -1.9695402790360181
    sgn_1     prod_ge_47  -2.2290582404030141
    sgn_1     prod_ge_49  -1.1669003339953061
    sgn_1     prod_ge_51  -2.2645868250917625
    sgn_1     prod_ge_53  -2.2743141567803375
    sgn_1     prod_ge_55  -2.2091307500066186
    sgn_1     prod_ge_57  -1.5415876515622917
    sgn_1     prod_ge_59  -2.3890346722133398
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
    ep_0      Obj       1
    ep_0      residual_0  -1
    ep_1      Obj       1
    ep_1      residual_1  -1
    ep_2      Obj       1
    ep_2      residual_2  -1
    ep_3      Obj       1
    ep_3      residual_3  -1
    ep_4      Obj       1
    ep_4      residual_4  -1
    ep_5      Obj       1
    ep_5      residual_5  -1
    ep_6      Obj       1
    ep_6      residual_6  -1
    ep_7      Obj       1
    ep_7      residual_7  -1
    ep_8      Obj       1
    ep_8      residual_8  -1
    ep_9      Obj       1
    ep_9      residual_9  -1
    ep_10     Obj       1
    ep_10     residual_10  -1
    ep_11     Obj       1
    ep_11     residual_11  -1
    ep_12     Obj       1
    ep_12     residual_12  -1
    ep_13     Obj       1
    ep_13     residual_13  -1
    ep_14     Obj       1
    ep_14     residual_14  -1
    ep_15     Obj       1
    ep_15     residual_15  -1
    ep_16     Obj       1
    ep_16     residual_16  -1
    ep_17     Obj       1
    ep_17     residual_17  -1
    ep_18     Obj       1
    ep_18     residual_18  -1
    ep_19     Obj       1
    ep_19     residual_19  -1
    ep_20     Obj       1
    ep_20     residual_20  -1
    ep_21     Obj       1
    ep_21     residual_21  -1
    ep_22     Obj       1
    ep_22     residual_22  -1
    ep_23     Obj       1
    ep_23     residual_23  -1
    ep_24     Obj       1
    ep_24     residual_24  -1
    ep_25     Obj       1
    ep_25     residual_25  -1
    ep_26     Obj       1
    ep_26     residual_26  -1
    ep_27     Obj       1
    ep_27     residual_27  -1
    ep_28     Obj       1
    ep_28     residual_28  -1
    ep_29     Obj       1
    ep_29     residual_29  -1
    em_0      Obj       1
    em_0      residual_0  1
    em_1      Obj       1
    em_1      residual_1  1
    em_2      Obj       1
    em_2      residual_2  1
    em_3      Obj       1
    em_3      residual_3  1
    em_4      Obj       1
    em_4      residual_4  1
    em_5      Obj       1
    em_5      residual_5  1
    em_6      Obj       1
    em_6      residual_6  1
    em_7      Obj       1
    em_7      residual_7  1
    em_8      Obj       1
    em_8      residual_8  1
    em_9      Obj       1
    em_9      residual_9  1
    em_10     Obj       1
    em_10     residual_10  1
    em_11     Obj       1
    em_11     residual_11  1
    em_12     Obj       1
    em_12     residual_12  1
    em_13     Obj       1
    em_13     residual_13  1
    em_14     Obj       1
    em_14     residual_14  1
    em_15     Obj       1
    em_15     residual_15  1
    em_16     Obj       1
    em_16     residual_16  1
    em_17     Obj       1
    em_17     residual_17  1
    em_18     Obj       1
    em_18     residual_18  1
    em_19     Obj       1
    em_19     residual_19  1
    em_20     Obj       1
    em_20     residual_20  1
    em_21     Obj       1
    em_21     residual_21  1
    em_22     Obj       1
    em_22     residual_22  1
    em_23     Obj       1
    em_23     residual_23  1
    em_24     Obj       1
    em_24     residual_24  1
    em_25     Obj       1
    em_25     residual_25  1
    em_26     Obj       1
    em_26     residual_26  1
    em_27     Obj       1
    em_27     residual_27  1
    em_28     Obj       1
    em_28     residual_28  1
    em_29     Obj       1
    em_29     residual_29  1
RHS
    RHS_V     relu_le_pre_0  1.8217528276516004
    RHS_V     relu_le_pre_1  1.8217528276516004
    RHS_V     relu_le_pre_2  1.3455773370393989
    RHS_V     relu_le_pre_3  1.3455773370393989
    RHS_V     relu_le_pre_4  1.8639851952233641
    RHS_V     relu_le_pre_5  1.8639851952233641
    RHS_V     relu_le_pre_6  2.3180238441171057
    RHS_V     relu_le_pre_7  2.3180238441171057
    RHS_V     relu_le_pre_8  1.9071957465815244
    RHS_V     relu_le_pre_9  1.9071957465815244
    RHS_V     relu_le_pre_10  2.2675753489859001
    RHS_V     relu_le_pre_11  2.2675753489859001
    RHS_V     relu_le_pre_12  1.7701396942749987
    RHS_V     relu_le_pre_13  1.7701396942749987
    RHS_V     relu_le_pre_14  1.8812137706579266
    RHS_V     relu_le_pre_15  1.8812137706579266
    RHS_V     relu_le_pre_16  1.8648154640274985
    RHS_V     relu_le_pre_17  1.8648154640274985
    RHS_V     relu_le_pre_18  2.4027307071448423
    RHS_V     relu_le_pre_19  2.4027307071448423
    RHS_V     relu_le_pre_20  2.3001408662174954
    RHS_V     relu_le_pre_21  2.3001408662174954
    RHS_V     relu_le_pre_22  1.8017644525858438
    RHS_V     relu_le_pre_23  1.8017644525858438
    RHS_V     relu_le_pre_24  2.080877140442972
    RHS_V     relu_le_pre_25  2.080877140442972
    RHS_V     relu_le_pre_26  1.9683518925407049
    RHS_V     relu_le_pre_27  1.9683518925407049
    RHS_V     relu_le_pre_28  1.8551236082436473
    RHS_V     relu_le_pre_29  1.8551236082436473
    RHS_V     relu_le_pre_30  2.1968921120565534
    RHS_V     relu_le_pre_31  2.1968921120565534
    RHS_V     relu_le_pre_32  1.9068435389169747
    RHS_V     relu_le_pre_33  1.9068435389169747
    RHS_V     relu_le_pre_34  2.1714533943440806
    RHS_V     relu_le_pre_35  2.1714533943440806
    RHS_V     relu_le_pre_36  2.1882581312024052
    RHS_V     relu_le_pre_37  2.1882581312024052
    RHS_V     relu_le_pre_38  2.35082491657076
    RHS_V     relu_le_pre_39  2.35082491657076
    RHS_V     relu_le_pre_40  1.4737057627666834
    RHS_V     relu_le_pre_41  1.4737057627666834
    RHS_V     relu_le_pre_42  2.0609254144674893
    RHS_V     relu_le_pre_43  2.0609254144674893
    RHS_V     relu_le_pre_44  1.9695402790360181
    RHS_V     relu_le_pre_45  1.9695402790360181
    RHS_V     relu_le_pre_46  2.2290582404030141
    RHS_V     relu_le_pre_47  2.2290582404030141
    RHS_V     relu_le_pre_48  1.1669003339953061
    RHS_V     relu_le_pre_49  1.1669003339953061
    RHS_V     relu_le_pre_50  2.2645868250917625
    RHS_V     relu_le_pre_51  2.2645868250917625
    RHS_V     relu_le_pre_52  2.2743141567803375
    RHS_V     relu_le_pre_53  2.2743141567803375
    RHS_V     relu_le_pre_54  2.2091307500066186
    RHS_V     relu_le_pre_55  2.2091307500066186
    RHS_V     relu_le_pre_56  1.5415876515622917
    RHS_V     relu_le_pre_57  1.5415876515622917
    RHS_V     relu_le_pre_58  2.3890346722133398
    RHS_V     relu_le_pre_59  2.3890346722133398
    RHS_V     prod_ge_0  -1.8217528276516004
    RHS_V     prod_ge_1  -1.8217528276516004
    RHS_V     prod_ge_2  -1.3455773370393989
    RHS_V     prod_ge_3  -1.3455773370393989
    RHS_V     prod_ge_4  -1.8639851952233641
    RHS_V     prod_ge_5  -1.8639851952233641
    RHS_V     prod_ge_6  -2.3180238441171057
    RHS_V     prod_ge_7  -2.3180238441171057
    RHS_V     prod_ge_8  -1.9071957465815244
    RHS_V     prod_ge_9  -1.9071957465815244
    RHS_V     prod_ge_10  -2.2675753489859001
    RHS_V     prod_ge_11  -2.2675753489859001
    RHS_V     prod_ge_12  -1.7701396942749987
    RHS_V     prod_ge_13  -1.7701396942749987
    RHS_V     prod_ge_14  -1.8812137706579266
    RHS_V     prod_ge_15  -1.8812137706579266
    RHS_V     prod_ge_16  -1.8648154640274985
    RHS_V     prod_ge_17  -1.8648154640274985
    RHS_V     prod_ge_18  -2.4027307071448423
    RHS_V     prod_ge_19  -2.4027307071448423
    RHS_V     prod_ge_20  -2.3001408662174954
    RHS_V     prod_ge_21  -2.3001408662174954
    RHS_V     prod_ge_22  -1.8017644525858438
    RHS_V     prod_ge_23  -1.8017644525858438
    RHS_V     prod_ge_24  -2.080877140442972
    RHS_V     prod_ge_25  -2.080877140442972
    RHS_V     prod_ge_26  -1.9683518925407049
    RHS_V     prod_ge_27  -1.9683518925407049
    RHS_V     prod_ge_28  -1.8551236082436473
    RHS_V     prod_ge_29  -1.8551236082436473
    RHS_V     prod_ge_30  -2.1968921120565534
    RHS_V     prod_ge_31  -2.1968921120565534
    RHS_V     prod_ge_32  -1.9068435389169747
    RHS_V     prod_ge_33  -1.9068435389169747
    RHS_V     prod_ge_34  -2.1714533943440806
    RHS_V     prod_ge_35  -2.1714533943440806
    RHS_V     prod_ge_36  -2.1882581312024052
    RHS_V     prod_ge_37  -2.1882581312024052
    RHS_V     prod_ge_38  -2.35082491657076
    RHS_V     prod_ge_39  -2.35082491657076
    RHS_V     prod_ge_40  -1.4737057627666834
    RHS_V     prod_ge_41  -1.4737057627666834
    RHS_V     prod_ge_42  -2.0609254144674893
    RHS_V     prod_ge_43  -2.0609254144674893
    RHS_V     prod_ge_44  -1.9695402790360181
    RHS_V     prod_ge_45  -1.9695402790360181
    RHS_V     prod_ge_46  -2.2290582404030141
    RHS_V     prod_ge_47  -2.2290582404030141
    RHS_V     prod_ge_48  -1.1669003339953061
    RHS_V     prod_ge_49  -1.1669003339953061
    RHS_V     prod_ge_50  -2.2645868250917625
    RHS_V     prod_ge_51  -2.2645868250917625
    RHS_V     prod_ge_52  -2.2743141567803375
    RHS_V     prod_ge_53  -2.2743141567803375
    RHS_V     prod_ge_54  -2.2091307500066186
    RHS_V     prod_ge_55  -2.2091307500066186
    RHS_V     prod_ge_56  -1.5415876515622917
    RHS_V     prod_ge_57  -1.5415876515622917
    RHS_V     prod_ge_58  -2.3890346722133398
    RHS_V     prod_ge_59  -2.3890346722133398
    RHS_V     residual_0  2.39497780281238
    RHS_V     residual_1  1.630134598056465
    RHS_V     residual_2  2.0667731485058543
    RHS_V     residual_3  2.6831704978587316
    RHS_V     residual_4  2.2975685651051907
    RHS_V     residual_5  0.30641293940333314
    RHS_V     residual_6  0.48993847222609122
    RHS_V     residual_7  1.3885513006826544
    RHS_V     residual_8  0.83115756468956481
    RHS_V     residual_9  2.9637253455371546
    RHS_V     residual_10  1.4147200878874069
    RHS_V     residual_11  2.0762681537738388
    RHS_V     residual_12  0.41848846365638909
    RHS_V     residual_13  0.44847070137263534
    RHS_V     residual_14  2.1136693515651053
    RHS_V     residual_15  0.37802543785540405
    RHS_V     residual_16  1.0105875079770283
    RHS_V     residual_17  0.63145839250700908
    RHS_V     residual_18  2.0226601597487548
    RHS_V     residual_19  0.42769968175054418
    RHS_V     residual_20  0.99036975786177739
    RHS_V     residual_21  2.4647458069305506
    RHS_V     residual_22  0.18135696889990971
    RHS_V     residual_23  1.6461664984340236
    RHS_V     residual_24  1.2637321876118328
    RHS_V     residual_25  2.6216825465043132
    RHS_V     residual_26  2.9997755933782266
    RHS_V     residual_27  1.2289017456368754
    RHS_V     residual_28  1.5969377880166964
    RHS_V     residual_29  0.54322278546939262
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
 UP BOUND     h_0_0     1.8217528276516004
 UP BOUND     h_0_1     1.8217528276516004
 UP BOUND     h_1_0     1.3455773370393989
 UP BOUND     h_1_1     1.3455773370393989
 UP BOUND     h_2_0     1.8639851952233641
 UP BOUND     h_2_1     1.8639851952233641
 UP BOUND     h_3_0     2.3180238441171057
 UP BOUND     h_3_1     2.3180238441171057
 UP BOUND     h_4_0     1.9071957465815244
 UP BOUND     h_4_1     1.9071957465815244
 UP BOUND     h_5_0     2.2675753489859001
 UP BOUND     h_5_1     2.2675753489859001
 UP BOUND     h_6_0     1.7701396942749987
 UP BOUND     h_6_1     1.7701396942749987
 UP BOUND     h_7_0     1.8812137706579266
 UP BOUND     h_7_1     1.8812137706579266
 UP BOUND     h_8_0     1.8648154640274985
 UP BOUND     h_8_1     1.8648154640274985
 UP BOUND     h_9_0     2.4027307071448423
 UP BOUND     h_9_1     2.4027307071448423
 UP BOUND     h_10_0    2.3001408662174954
 UP BOUND     h_10_1    2.3001408662174954
 UP BOUND     h_11_0    1.8017644525858438
 UP BOUND     h_11_1    1.8017644525858438
 UP BOUND     h_12_0    2.080877140442972
 UP BOUND     h_12_1    2.080877140442972
 UP BOUND     h_13_0    1.9683518925407049
 UP BOUND     h_13_1    1.9683518925407049
 UP BOUND     h_14_0    1.8551236082436473
 UP BOUND     h_14_1    1.8551236082436473
 UP BOUND     h_15_0    2.1968921120565534
 UP BOUND     h_15_1    2.1968921120565534
 UP BOUND     h_16_0    1.9068435389169747
 UP BOUND     h_16_1    1.9068435389169747
 UP BOUND     h_17_0    2.1714533943440806
 UP BOUND     h_17_1    2.1714533943440806
 UP BOUND     h_18_0    2.1882581312024052
 UP BOUND     h_18_1    2.1882581312024052
 UP BOUND     h_19_0    2.35082491657076
 UP BOUND     h_19_1    2.35082491657076
 UP BOUND     h_20_0    1.4737057627666834
 UP BOUND     h_20_1    1.4737057627666834
 UP BOUND     h_21_0    2.0609254144674893
 UP BOUND     h_21_1    2.0609254144674893
 UP BOUND     h_22_0    1.9695402790360181
 UP BOUND     h_22_1    1.9695402790360181
 UP BOUND     h_23_0    2.2290582404030141
 UP BOUND     h_23_1    2.2290582404030141
 UP BOUND     h_24_0    1.1669003339953061
 UP BOUND     h_24_1    1.1669003339953061
 UP BOUND     h_25_0    2.2645868250917625
 UP BOUND     h_25_1    2.2645868250917625
 UP BOUND     h_26_0    2.2743141567803375
 UP BOUND     h_26_1    2.2743141567803375
 UP BOUND     h_27_0    2.2091307500066186
 UP BOUND     h_27_1    2.2091307500066186
 UP BOUND     h_28_0    1.5415876515622917
 UP BOUND     h_28_1    1.5415876515622917
 UP BOUND     h_29_0    2.3890346722133398
 UP BOUND     h_29_1    2.3890346722133398
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
 UP BOUND     g_0_0     1.8217528276516004
 UP BOUND     g_0_1     1.8217528276516004
 UP BOUND     g_1_0     1.3455773370393989
 UP BOUND     g_1_1     1.3455773370393989
 UP BOUND     g_2_0     1.8639851952233641
 UP BOUND     g_2_1     1.8639851952233641
 UP BOUND     g_3_0     2.3180238441171057
 UP BOUND     g_3_1     2.3180238441171057
 UP BOUND     g_4_0     1.9071957465815244
 UP BOUND     g_4_1     1.9071957465815244
 UP BOUND     g_5_0     2.2675753489859001
 UP BOUND     g_5_1     2.2675753489859001
 UP BOUND     g_6_0     1.7701396942749987
 UP BOUND     g_6_1     1.7701396942749987
 UP BOUND     g_7_0     1.8812137706579266
 UP BOUND     g_7_1     1.8812137706579266
 UP BOUND     g_8_0     1.8648154640274985
 UP BOUND     g_8_1     1.8648154640274985
 UP BOUND     g_9_0     2.4027307071448423
 UP BOUND     g_9_1     2.4027307071448423
 UP BOUND     g_10_0    2.3001408662174954
 UP BOUND     g_10_1    2.3001408662174954
 UP BOUND     g_11_0    1.8017644525858438
 UP BOUND     g_11_1    1.8017644525858438
 UP BOUND     g_12_0    2.080877140442972
 UP BOUND     g_12_1    2.080877140442972
 UP BOUND     g_13_0    1.9683518925407049
 UP BOUND     g_13_1    1.9683518925407049
 UP BOUND     g_14_0    1.8551236082436473
 UP BOUND     g_14_1    1.8551236082436473
 UP BOUND     g_15_0    2.1968921120565534
 UP BOUND     g_15_1    2.1968921120565534
 UP BOUND     g_16_0    1.9068435389169747
 UP BOUND     g_16_1    1.9068435389169747
 UP BOUND     g_17_0    2.1714533943440806
 UP BOUND     g_17_1    2.1714533943440806
 UP BOUND     g_18_0    2.1882581312024052
 UP BOUND     g_18_1    2.1882581312024052
 UP BOUND     g_19_0    2.35082491657076
 UP BOUND     g_19_1    2.35082491657076
 UP BOUND     g_20_0    1.4737057627666834
 UP BOUND     g_20_1    1.4737057627666834
 UP BOUND     g_21_0    2.0609254144674893
 UP BOUND     g_21_1    2.0609254144674893
 UP BOUND     g_22_0    1.9695402790360181
 UP BOUND     g_22_1    1.9695402790360181
 UP BOUND     g_23_0    2.2290582404030141
 UP BOUND     g_23_1    2.2290582404030141
 UP BOUND     g_24_0    1.1669003339953061
 UP BOUND     g_24_1    1.1669003339953061
 UP BOUND     g_25_0    2.2645868250917625
 UP BOUND     g_25_1    2.2645868250917625
 UP BOUND     g_26_0    2.2743141567803375
 UP BOUND     g_26_1    2.2743141567803375
 UP BOUND     g_27_0    2.2091307500066186
 UP BOUND     g_27_1    2.2091307500066186
 UP BOUND     g_28_0    1.5415876515622917
 UP BOUND     g_28_1    1.5415876515622917
 UP BOUND     g_29_0    2.3890346722133398
 UP BOUND     g_29_1    2.3890346722133398
ENDATA
