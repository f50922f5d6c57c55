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
 G  relu_ge_pre_60
 G  relu_ge_pre_61
 G  relu_ge_pre_62
 G  relu_ge_pre_63
 G  relu_ge_pre_64
 G  relu_ge_pre_65
 G  relu_ge_pre_66
 G  relu_ge_pre_67
 G  relu_ge_pre_68
 G  relu_ge_pre_69
 G  relu_ge_pre_70
 G  relu_ge_pre_71
 G  relu_ge_pre_72
 G  relu_ge_pre_73
 G  relu_ge_pre_74
 G  relu_ge_pre_75
 G  relu_ge_pre_76
 G  relu_ge_pre_77
 G  relu_ge_pre_78
 G  relu_ge_pre_79
 G  relu_ge_pre_80
 G  relu_ge_pre_81
 G  relu_ge_pre_82
 G  relu_ge_pre_83
 G  relu_ge_pre_84
 G  relu_ge_pre_85
 G  relu_ge_pre_86
 G  relu_ge_pre_87
 G  relu_ge_pre_88
 G  relu_ge_pre_89
 G  relu_ge_pre_90
 G  relu_ge_pre_91
 G  relu_ge_pre_92
 G  relu_ge_pre_93
 G  relu_ge_pre_94
 G  relu_ge_pre_95
 G  relu_ge_pre_96
 G  relu_ge_pre_97
 G  relu_ge_pre_98
 G  relu_ge_pre_99
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
 L  relu_le_pre_60
 L  relu_le_pre_61
 L  relu_le_pre_62
 L  relu_le_pre_63
 L  relu_le_pre_64
 L  relu_le_pre_65
 L  relu_le_pre_66
 L  relu_le_pre_67
 L  relu_le_pre_68
 L  relu_le_pre_69
 L  relu_le_pre_70
 L  relu_le_pre_71
 L  relu_le_pre_72
 L  relu_le_pre_73
 L  relu_le_pre_74
 L  relu_le_pre_75
 L  relu_le_pre_76
 L  relu_le_pre_77
 L  relu_le_pre_78
 L  relu_le_pre_79
 L  relu_le_pre_80
 L  relu_le_pre_81
 L  relu_le_pre_82
 L  relu_le_pre_83
 L  relu_le_pre_84
 L  relu_le_pre_85
 L  relu_le_pre_86
 L  relu_le_pre_87
 L  relu_le_pre_88
 L  relu_le_pre_89
 L  relu_le_pre_90
 L  relu_le_pre_91
 L  relu_le_pre_92
 L  relu_le_pre_93
 L  relu_le_pre_94
 L  relu_le_pre_95
 L  relu_le_pre_96
 L  relu_le_pre_97
 L  relu_le_pre_98
 L  relu_le_pre_99
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
 L  relu_le_onoff_60
 L  relu_le_onoff_61
 L  relu_le_onoff_62
 L  relu_le_onoff_63
 L  relu_le_onoff_64
 L  relu_le_onoff_65
 L  relu_le_onoff_66
 L  relu_le_onoff_67
 L  relu_le_onoff_68
 L  relu_le_onoff_69
 L  relu_le_onoff_70
 L  relu_le_onoff_71
 L  relu_le_onoff_72
 L  relu_le_onoff_73
 L  relu_le_onoff_74
 L  relu_le_onoff_75
 L  relu_le_onoff_76
 L  relu_le_onoff_77
 L  relu_le_onoff_78
 L  relu_le_onoff_79
 L  relu_le_onoff_80
 L  relu_le_onoff_81
 L  relu_le_onoff_82
 L  relu_le_onoff_83
 L  relu_le_onoff_84
 L  relu_le_onoff_85
 L  relu_le_onoff_86
 L  relu_le_onoff_87
 L  relu_le_onoff_88
 L  relu_le_onoff_89
 L  relu_le_onoff_90
 L  relu_le_onoff_91
 L  relu_le_onoff_92
 L  relu_le_onoff_93
 L  relu_le_onoff_94
 L  relu_le_onoff_95
 L  relu_le_onoff_96
 L  relu_le_onoff_97
 L  relu_le_onoff_98
 L  relu_le_onoff_99
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
 L  prod_le_h_60
 L  prod_le_h_61
 L  prod_le_h_62
 L  prod_le_h_63
 L  prod_le_h_64
 L  prod_le_h_65
 L  prod_le_h_66
 L  prod_le_h_67
 L  prod_le_h_68
 L  prod_le_h_69
 L  prod_le_h_70
 L  prod_le_h_71
 L  prod_le_h_72
 L  prod_le_h_73
 L  prod_le_h_74
 L  prod_le_h_75
 L  prod_le_h_76
 L  prod_le_h_77
 L  prod_le_h_78
 L  prod_le_h_79
 L  prod_le_h_80
 L  prod_le_h_81
 L  prod_le_h_82
 L  prod_le_h_83
 L  prod_le_h_84
 L  prod_le_h_85
 L  prod_le_h_86
 L  prod_le_h_87
 L  prod_le_h_88
 L  prod_le_h_89
 L  prod_le_h_90
 L  prod_le_h_91
 L  prod_le_h_92
 L  prod_le_h_93
 L  prod_le_h_94
 L  prod_le_h_95
 L  prod_le_h_96
 L  prod_le_h_97
 L  prod_le_h_98
 L  prod_le_h_99
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
 L  prod_le_sign_60
 L  prod_le_sign_61
 L  prod_le_sign_62
 L  prod_le_sign_63
 L  prod_le_sign_64
 L  prod_le_sign_65
 L  prod_le_sign_66
 L  prod_le_sign_67
 L  prod_le_sign_68
 L  prod_le_sign_69
 L  prod_le_sign_70
 L  prod_le_sign_71
 L  prod_le_sign_72
 L  prod_le_sign_73
 L  prod_le_sign_74
 L  prod_le_sign_75
 L  prod_le_sign_76
 L  prod_le_sign_77
 L  prod_le_sign_78
 L  prod_le_sign_79
 L  prod_le_sign_80
 L  prod_le_sign_81
 L  prod_le_sign_82
 L  prod_le_sign_83
 L  prod_le_sign_84
 L  prod_le_sign_85
 L  prod_le_sign_86
 L  prod_le_sign_87
 L  prod_le_sign_88
 L  prod_le_sign_89
 L  prod_le_sign_90
 L  prod_le_sign_91
 L  prod_le_sign_92
 L  prod_le_sign_93
 L  prod_le_sign_94
 L  prod_le_sign_95
 L  prod_le_sign_96
 L  prod_le_sign_97
 L  prod_le_sign_98
 L  prod_le_sign_99
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
 G  prod_ge_60
 G  prod_ge_61
 G  prod_ge_62
 G  prod_ge_63
 G  prod_ge_64
 G  prod_ge_65
 G  prod_ge_66
 G  prod_ge_67
 G  prod_ge_68
 G  prod_ge_69
 G  prod_ge_70
 G  prod_ge_71
 G  prod_ge_72
 G  prod_ge_73
 G  prod_ge_74
 G  prod_ge_75
 G  prod_ge_76
 G  prod_ge_77
 G  prod_ge_78
 G  prod_ge_79
 G  prod_ge_80
 G  prod_ge_81
 G  prod_ge_82
 G  prod_ge_83
 G  prod_ge_84
 G  prod_ge_85
 G  prod_ge_86
 G  prod_ge_87
 G  prod_ge_88
 G  prod_ge_89
 G  prod_ge_90
 G  prod_ge_91
 G  prod_ge_92
 G  prod_ge_93
 G  prod_ge_94
 G  prod_ge_95
 G  prod_ge_96
 G  prod_ge_97
 G  prod_ge_98
 G  prod_ge_99
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
 E  residual_30
 E  residual_31
 E  residual_32
 E  residual_33
 E  residual_34
 E  residual_35
 E  residual_36
 E  residual_37
 E  residual_38
 E  residual_39
 E  residual_40
 E  residual_41
 E  residual_42
 E  residual_43
 E  residual_44
 E  residual_45
 E  residual_46
 E  residual_47
 E  residual_48
 E  residual_49
 G  symmetry_sign_0
 G  symmetry_bias_0
COLUMNS
    W_0_0     relu_ge_pre_0  0.021947886270380249
    W_0_0     relu_ge_pre_2  -0.14706416587832766
    W_0_0     relu_ge_pre_4  -0.88684907645879241
    W_0_0     relu_ge_pre_6  -0.61286227428009354
    W_0_0     relu_ge_pre_8  0.49737203549585546
    W_0_0     relu_ge_pre_10  0.59433941750485375
    W_0_0     relu_ge_pre_12  -0.76632778594540052
    W_0_0     relu_ge_pre_14  0.62556647025845069
    W_0_0     relu_ge_pre_16  0.14424211884897012
    W_0_0     relu_ge_pre_18  0.53377429592493453
    W_0_0     relu_ge_pre_20  -0.40899969445359535
    W_0_0     relu_ge_pre_22  0.12880113396915818
    W_0_0     relu_ge_pre_24  0.39106571676092239
    W_0_0     relu_ge_pre_26  -0.55145542379957069
    W_0_0     relu_ge_pre_28  -0.97954037165997387
    W_0_0     relu_ge_pre_30  -1.621804461688138
    W_0_0     relu_ge_pre_32  -1.0967964477764449
    W_0_0     relu_ge_pre_34  -0.0020840828512682153
    W_0_0     relu_ge_pre_36  1.5531767648845436
    W_0_0     relu_ge_pre_38  -0.47305334074830474
    W_0_0     relu_ge_pre_40  0.31614224291058651
    W_0_0     relu_ge_pre_42  -0.67136244663703493
    W_0_0     relu_ge_pre_44  -0.61268470360373661
    W_0_0     relu_ge_pre_46  -0.23623833449570664
    W_0_0     relu_ge_pre_48  -0.59274199110399584
    W_0_0     relu_ge_pre_50  1.7521853639376541
    W_0_0     relu_ge_pre_52  -0.59667196506698994
    W_0_0     relu_ge_pre_54  0.43883192384648573
    W_0_0     relu_ge_pre_56  -0.74963523204844229
    W_0_0     relu_ge_pre_58  -0.077293467721139333
    W_0_0     relu_ge_pre_60  2.1858383485986193
    W_0_0     relu_ge_pre_62  0.70905047521927855
    W_0_0     relu_ge_pre_64  -0.048380892587196377
    W_0_0     relu_ge_pre_66  0.25996793590577055
    W_0_0     relu_ge_pre_68  0.34274767555527652
    W_0_0     relu_ge_pre_70  -1.3454938703802579
    W_0_0     relu_ge_pre_72  0.059060256378551973
    W_0_0     relu_ge_pre_74  -0.75353350815793041
    W_0_0     relu_ge_pre_76  -0.44913211378915702
    W_0_0     relu_ge_pre_78  0.6142464524260306
    W_0_0     relu_ge_pre_80  1.6650572471534462
    W_0_0     relu_ge_pre_82  0.13137742257009144
    W_0_0     relu_ge_pre_84  -0.58048312781640909
    W_0_0     relu_ge_pre_86  0.38920128828082162
    W_0_0     relu_ge_pre_88  0.68088466023047667
    W_0_0     relu_ge_pre_90  1.2890256932424962
    W_0_0     relu_ge_pre_92  1.1642754133996485
    W_0_0     relu_ge_pre_94  -0.45104944765431371
    W_0_0     relu_ge_pre_96  -0.4044471425934395
    W_0_0     relu_ge_pre_98  -1.2913277267870491
    W_0_0     relu_le_pre_0  0.021947886270380249
    W_0_0     relu_le_pre_2  -0.14706416587832766
    W_0_0     relu_le_pre_4  -0.88684907645879241
    W_0_0     relu_le_pre_6  -0.61286227428009354
    W_0_0     relu_le_pre_8  0.49737203549585546
    W_0_0     relu_le_pre_10  0.59433941750485375
    W_0_0     relu_le_pre_12  -0.76632778594540052
    W_0_0     relu_le_pre_14  0.62556647025845069
    W_0_0     relu_le_pre_16  0.14424211884897012
    W_0_0     relu_le_pre_18  0.53377429592493453
    W_0_0     relu_le_pre_20  -0.40899969445359535
    W_0_0     relu_le_pre_22  0.12880113396915818
    W_0_0     relu_le_pre_24  0.39106571676092239
    W_0_0     relu_le_pre_26  -0.55145542379957069
    W_0_0     relu_le_pre_28  -0.97954037165997387
    W_0_0     relu_le_pre_30  -1.621804461688138
    W_0_0     relu_le_pre_32  -1.0967964477764449
    W_0_0     relu_le_pre_34  -0.0020840828512682153
    W_0_0     relu_le_pre_36  1.5531767648845436
    W_0_0     relu_le_pre_38  -0.47305334074830474
    W_0_0     relu_le_pre_40  0.31614224291058651
    W_0_0     relu_le_pre_42  -0.67136244663703493
    W_0_0     relu_le_pre_44  -0.61268470360373661
    W_0_0     relu_le_pre_46  -0.23623833449570664
    W_0_0     relu_le_pre_48  -0.59274199110399584
    W_0_0     relu_le_pre_50  1.7521853639376541
    W_0_0     relu_le_pre_52  -0.59667196506698994
    W_0_0     relu_le_pre_54  0.43883192384648573
    W_0_0     relu_le_pre_56  -0.74963523204844229
    W_0_0     relu_le_pre_58  -0.077293467721139333
    W_0_0     relu_le_pre_60  2.1858383485986193
    W_0_0     relu_le_pre_62  0.70905047521927855
    W_0_0     relu_le_pre_64  -0.048380892587196377
    W_0_0     relu_le_pre_66  0.25996793590577055
    W_0_0     relu_le_pre_68  0.34274767555527652
    W_0_0     relu_le_pre_70  -1.3454938703802579
    W_0_0     relu_le_pre_72  0.059060256378551973
    W_0_0     relu_le_pre_74  -0.75353350815793041
    W_0_0     relu_le_pre_76  -0.44913211378915702
    W_0_0     relu_le_pre_78  0.6142464524260306
    W_0_0     relu_le_pre_80  1.6650572471534462
    W_0_0     relu_le_pre_82  0.13137742257009144
    W_0_0     relu_le_pre_84  -0.58048312781640909
    W_0_0     relu_le_pre_86  0.38920128828082162
    W_0_0     relu_le_pre_88  0.68088466023047667
    W_0_0     relu_le_pre_90  1.2890256932424962
    W_0_0     relu_le_pre_92  1.1642754133996485
    W_0_0     relu_le_pre_94  -0.45104944765431371
    W_0_0     relu_le_pre_96  -0.4044471425934395
    W_0_0     relu_le_pre_98  -1.2913277267870491
    W_0_1     relu_ge_pre_0  -0.49588006646422172
    W_0_1     relu_ge_pre_2  0.90694325125929631
    W_0_1     relu_ge_pre_4  -0.9493494832580337
    W_0_1     relu_ge_pre_6  -0.65789016205450035
    W_0_1     relu_ge_pre_8  0.1147727834068699
    W_0_1     relu_ge_pre_10  0.28337537560395781
    W_0_1     relu_ge_pre_12  1.5960863337954336
    W_0_1     relu_ge_pre_14  0.5459399556941108
    W_0_1     relu_ge_pre_16  0.24766150926736738
    W_0_1     relu_ge_pre_18  -0.09375617930346658
    W_0_1     relu_ge_pre_20  0.57369003715571842
    W_0_1     relu_ge_pre_22  -0.59387446809790478
    W_0_1     relu_ge_pre_24  1.9302874975259847
    W_0_1     relu_ge_pre_26  0.38011040653339456
    W_0_1     relu_ge_pre_28  0.54411341506408684
    W_0_1     relu_ge_pre_30  -1.0790459442040814
    W_0_1     relu_ge_pre_32  -2.2545390605711515
    W_0_1     relu_ge_pre_34  -0.60310730519021827
    W_0_1     relu_ge_pre_36  0.88200797262672959
    W_0_1     relu_ge_pre_38  1.5363587182917429
    W_0_1     relu_ge_pre_40  0.18805651607489748
    W_0_1     relu_ge_pre_42  -1.2288341782192547
    W_0_1     relu_ge_pre_44  1.0952016928073385
    W_0_1     relu_ge_pre_46  -0.6646631027839327
    W_0_1     relu_ge_pre_48  -0.78417370897627725
    W_0_1     relu_ge_pre_50  0.73416576895052721
    W_0_1     relu_ge_pre_52  1.5120924094997832
    W_0_1     relu_ge_pre_54  0.23242474937708185
    W_0_1     relu_ge_pre_56  1.433116993391593
    W_0_1     relu_ge_pre_58  0.77081349492150952
    W_0_1     relu_ge_pre_60  0.64761852460208547
    W_0_1     relu_ge_pre_62  0.32801286159833143
    W_0_1     relu_ge_pre_64  -1.0206366653522176
    W_0_1     relu_ge_pre_66  -0.53864522272477167
    W_0_1     relu_ge_pre_68  -0.5128672527234075
    W_0_1     relu_ge_pre_70  -0.65938350570936255
    W_0_1     relu_ge_pre_72  1.0428155640122234
    W_0_1     relu_ge_pre_74  0.86703889764994069
    W_0_1     relu_ge_pre_76  0.17139199408547845
    W_0_1     relu_ge_pre_78  0.52856227359181518
    W_0_1     relu_ge_pre_80  0.88908702893798697
    W_0_1     relu_ge_pre_82  0.60838857773346788
    W_0_1     relu_ge_pre_84  -0.65829764726835116
    W_0_1     relu_ge_pre_86  -0.30553801260900337
    W_0_1     relu_ge_pre_88  -0.62233250815683061
    W_0_1     relu_ge_pre_90  0.303917194932178
    W_0_1     relu_ge_pre_92  -0.32872197311896983
    W_0_1     relu_ge_pre_94  -0.22452922152930568
    W_0_1     relu_ge_pre_96  1.1423838707260114
    W_0_1     relu_ge_pre_98  1.1374854190104973
    W_0_1     relu_le_pre_0  -0.49588006646422172
    W_0_1     relu_le_pre_2  0.90694325125929631
    W_0_1     relu_le_pre_4  -0.9493494832580337
    W_0_1     relu_le_pre_6  -0.65789016205450035
    W_0_1     relu_le_pre_8  0.1147727834068699
    W_0_1     relu_le_pre_10  0.28337537560395781
    W_0_1     relu_le_pre_12  1.5960863337954336
    W_0_1     relu_le_pre_14  0.5459399556941108
    W_0_1     relu_le_pre_16  0.24766150926736738
    W_0_1     relu_le_pre_18  -0.09375617930346658
    W_0_1     relu_le_pre_20  0.57369003715571842
    W_0_1     relu_le_pre_22  -0.59387446809790478
    W_0_1     relu_le_pre_24  1.9302874975259847
    W_0_1     relu_le_pre_26  0.38011040653339456
    W_0_1     relu_le_pre_28  0.54411341506408684
    W_0_1     relu_le_pre_30  -1.0790459442040814
    W_0_1     relu_le_pre_32  -2.2545390605711515
    W_0_1     relu_le_pre_34  -0.60310730519021827
    W_0_1     relu_le_pre_36  0.88200797262672959
    W_0_1     relu_le_pre_38  1.5363587182917429
    W_0_1     relu_le_pre_40  0.18805651607489748
    W_0_1     relu_le_pre_42  -1.2288341782192547
    W_0_1     relu_le_pre_44  1.0952016928073385
    W_0_1     relu_le_pre_46  -0.6646631027839327
    W_0_1     relu_le_pre_48  -0.78417370897627725
    W_0_1     relu_le_pre_50  0.73416576895052721
    W_0_1     relu_le_pre_52  1.5120924094997832
    W_0_1     relu_le_pre_54  0.23242474937708185
    W_0_1     relu_le_pre_56  1.433116993391593
    W_0_1     relu_le_pre_58  0.77081349492150952
    W_0_1     relu_le_pre_60  0.64761852460208547
    W_0_1     relu_le_pre_62  0.32801286159833143
    W_0_1     relu_le_pre_64  -1.0206366653522176
    W_0_1     relu_le_pre_66  -0.53864522272477167
    W_0_1     relu_le_pre_68  -0.5128672527234075
    W_0_1     relu_le_pre_70  -0.65938350570936255
    W_0_1     relu_le_pre_72  1.0428155640122234
    W_0_1     relu_le_pre_74  0.86703889764994069
    W_0_1     relu_le_pre_76  0.17139199408547845
    W_0_1     relu_le_pre_78  0.52856227359181518
    W_0_1     relu_le_pre_80  0.88908702893798697
    W_0_1     relu_le_pre_82  0.60838857773346788
    W_0_1     relu_le_pre_84  -0.65829764726835116
    W_0_1     relu_le_pre_86  -0.30553801260900337
    W_0_1     relu_le_pre_88  -0.62233250815683061
    W_0_1     relu_le_pre_90  0.303917194932178
    W_0_1     relu_le_pre_92  -0.32872197311896983
    W_0_1     relu_le_pre_94  -0.22452922152930568
    W_0_1     relu_le_pre_96  1.1423838707260114
    W_0_1     relu_le_pre_98  1.1374854190104973
    W_0_2     relu_ge_pre_0  1.910768664176647
    W_0_2     relu_ge_pre_2  -1.7753893872461408
    W_0_2     relu_ge_pre_4  0.05785496250096947
    W_0_2     relu_ge_pre_6  0.34440266642056316
    W_0_2     relu_ge_pre_8  0.60545200935043475
    W_0_2     relu_ge_pre_10  0.72841772718345277
    W_0_2     relu_ge_pre_12  -0.82356212861569189
    W_0_2     relu_ge_pre_14  1.3508471418657899
    W_0_2     relu_ge_pre_16  -0.19145583053805643
    W_0_2     relu_ge_pre_18  -1.8196918381290936
    W_0_2     relu_ge_pre_20  -0.95310959523867145
    W_0_2     relu_ge_pre_22  -0.61274742894769674
    W_0_2     relu_ge_pre_24  0.34765362325494176
    W_0_2     relu_ge_pre_26  -0.43896931488302815
    W_0_2     relu_ge_pre_28  -1.2313517525412896
    W_0_2     relu_ge_pre_30  -1.1654628406272693
    W_0_2     relu_ge_pre_32  -0.18586090464094035
    W_0_2     relu_ge_pre_34  0.90819511864391644
    W_0_2     relu_ge_pre_36  -0.37256535014264275
    W_0_2     relu_ge_pre_38  1.8834637085418371
    W_0_2     relu_ge_pre_40  0.049200833000428303
    W_0_2     relu_ge_pre_42  -0.23089642990774156
    W_0_2     relu_ge_pre_44  1.1763080144635716
    W_0_2     relu_ge_pre_46  -0.72624345591208772
    W_0_2     relu_ge_pre_48  -0.80982802999662939
    W_0_2     relu_ge_pre_50  -0.45515974230633888
    W_0_2     relu_ge_pre_52  -1.1730613665619862
    W_0_2     relu_ge_pre_54  -0.27381864476035911
    W_0_2     relu_ge_pre_56  -0.98991257697414292
    W_0_2     relu_ge_pre_58  0.27527314152763765
    W_0_2     relu_ge_pre_60  -0.18190965102151874
    W_0_2     relu_ge_pre_62  0.14676236752236549
    W_0_2     relu_ge_pre_64  0.024895779915063802
    W_0_2     relu_ge_pre_66  -2.0766170605107335
    W_0_2     relu_ge_pre_68  1.5773049500113667
    W_0_2     relu_ge_pre_70  -1.332799668008021
    W_0_2     relu_ge_pre_72  -0.88609891212650449
    W_0_2     relu_ge_pre_74  1.4729351079461674
    W_0_2     relu_ge_pre_76  -2.6121658902192064
    W_0_2     relu_ge_pre_78  0.11076426184894644
    W_0_2     relu_ge_pre_80  -1.6443627009055837
    W_0_2     relu_ge_pre_82  1.2718979918739488
    W_0_2     relu_ge_pre_84  -0.25645436338250821
    W_0_2     relu_ge_pre_86  -0.38158917969436712
    W_0_2     relu_ge_pre_88  2.1153562501453971
    W_0_2     relu_ge_pre_90  0.10849909105824521
    W_0_2     relu_ge_pre_92  -1.055605732210489
    W_0_2     relu_ge_pre_94  -0.82823816506677039
    W_0_2     relu_ge_pre_96  0.20256344361330747
    W_0_2     relu_ge_pre_98  -0.062296873075864449
    W_0_2     relu_le_pre_0  1.910768664176647
    W_0_2     relu_le_pre_2  -1.7753893872461408
    W_0_2     relu_le_pre_4  0.05785496250096947
    W_0_2     relu_le_pre_6  0.34440266642056316
    W_0_2     relu_le_pre_8  0.60545200935043475
    W_0_2     relu_le_pre_10  0.72841772718345277
    W_0_2     relu_le_pre_12  -0.82356212861569189
    W_0_2     relu_le_pre_14  1.3508471418657899
    W_0_2     relu_le_pre_16  -0.19145583053805643
    W_0_2     relu_le_pre_18  -1.8196918381290936
    W_0_2     relu_le_pre_20  -0.95310959523867145
    W_0_2     relu_le_pre_22  -0.61274742894769674
    W_0_2     relu_le_pre_24  0.34765362325494176
    W_0_2     relu_le_pre_26  -0.43896931488302815
    W_0_2     relu_le_pre_28  -1.2313517525412896
    W_0_2     relu_le_pre_30  -1.1654628406272693
    W_0_2     relu_le_pre_32  -0.18586090464094035
    W_0_2     relu_le_pre_34  0.90819511864391644
    W_0_2     relu_le_pre_36  -0.37256535014264275
    W_0_2     relu_le_pre_38  1.8834637085418371
    W_0_2     relu_le_pre_40  0.049200833000428303
    W_0_2     relu_le_pre_42  -0.23089642990774156
    W_0_2     relu_le_pre_44  1.1763080144635716
    W_0_2     relu_le_pre_46  -0.72624345591208772
    W_0_2     relu_le_pre_48  -0.80982802999662939
    W_0_2     relu_le_pre_50  -0.45515974230633888
    W_0_2     relu_le_pre_52  -1.1730613665619862
    W_0_2     relu_le_pre_54  -0.27381864476035911
    W_0_2     relu_le_pre_56  -0.98991257697414292
    W_0_2     relu_le_pre_58  0.27527314152763765
    W_0_2     relu_le_pre_60  -0.18190965102151874
    W_0_2     relu_le_pre_62  0.14676236752236549
    W_0_2     relu_le_pre_64  0.024895779915063802
    W_0_2     relu_le_pre_66  -2.0766170605107335
    W_0_2     relu_le_pre_68  1.5773049500113667
    W_0_2     relu_le_pre_70  -1.332799668008021
    W_0_2     relu_le_pre_72  -0.88609891212650449
    W_0_2     relu_le_pre_74  1.4729351079461674
    W_0_2     relu_le_pre_76  -2.6121658902192064
    W_0_2     relu_le_pre_78  0.11076426184894644
    W_0_2     relu_le_pre_80  -1.6443627009055837
    W_0_2     relu_le_pre_82  1.2718979918739488
    W_0_2     relu_le_pre_84  -0.25645436338250821
    W_0_2     relu_le_pre_86  -0.38158917969436712
    W_0_2     relu_le_pre_88  2.1153562501453971
    W_0_2     relu_le_pre_90  0.10849909105824521
    W_0_2     relu_le_pre_92  -1.055605732210489
    W_0_2     relu_le_pre_94  -0.82823816506677039
    W_0_2     relu_le_pre_96  0.20256344361330747
    W_0_2     relu_le_pre_98  -0.062296873075864449
    W_1_0     relu_ge_pre_1  0.021947886270380249
    W_1_0     relu_ge_pre_3  -0.14706416587832766
    W_1_0     relu_ge_pre_5  -0.88684907645879241
    W_1_0     relu_ge_pre_7  -0.61286227428009354
    W_1_0     relu_ge_pre_9  0.49737203549585546
    W_1_0     relu_ge_pre_11  0.59433941750485375
    W_1_0     relu_ge_pre_13  -0.76632778594540052
    W_1_0     relu_ge_pre_15  0.62556647025845069
    W_1_0     relu_ge_pre_17  0.14424211884897012
    W_1_0     relu_ge_pre_19  0.53377429592493453
    W_1_0     relu_ge_pre_21  -0.40899969445359535
    W_1_0     relu_ge_pre_23  0.12880113396915818
    W_1_0     relu_ge_pre_25  0.39106571676092239
    W_1_0     relu_ge_pre_27  -0.55145542379957069
    W_1_0     relu_ge_pre_29  -0.97954037165997387
    W_1_0     relu_ge_pre_31  -1.621804461688138
    W_1_0     relu_ge_pre_33  -1.0967964477764449
    W_1_0     relu_ge_pre_35  -0.0020840828512682153
    W_1_0     relu_ge_pre_37  1.5531767648845436
    W_1_0     relu_ge_pre_39  -0.47305334074830474
    W_1_0     relu_ge_pre_41  0.31614224291058651
    W_1_0     relu_ge_pre_43  -0.67136244663703493
    W_1_0     relu_ge_pre_45  -0.61268470360373661
    W_1_0     relu_ge_pre_47  -0.23623833449570664
    W_1_0     relu_ge_pre_49  -0.59274199110399584
    W_1_0     relu_ge_pre_51  1.7521853639376541
    W_1_0     relu_ge_pre_53  -0.59667196506698994
    W_1_0     relu_ge_pre_55  0.43883192384648573
    W_1_0     relu_ge_pre_57  -0.74963523204844229
    W_1_0     relu_ge_pre_59  -0.077293467721139333
    W_1_0     relu_ge_pre_61  2.1858383485986193
    W_1_0     relu_ge_pre_63  0.70905047521927855
    W_1_0     relu_ge_pre_65  -0.048380892587196377
    W_1_0     relu_ge_pre_67  0.25996793590577055
    W_1_0     relu_ge_pre_69  0.34274767555527652
    W_1_0     relu_ge_pre_71  -1.3454938703802579
    W_1_0     relu_ge_pre_73  0.059060256378551973
    W_1_0     relu_ge_pre_75  -0.75353350815793041
    W_1_0     relu_ge_pre_77  -0.44913211378915702
    W_1_0     relu_ge_pre_79  0.6142464524260306
    W_1_0     relu_ge_pre_81  1.6650572471534462
    W_1_0     relu_ge_pre_83  0.13137742257009144
    W_1_0     relu_ge_pre_85  -0.58048312781640909
    W_1_0     relu_ge_pre_87  0.38920128828082162
    W_1_0     relu_ge_pre_89  0.68088466023047667
    W_1_0     relu_ge_pre_91  1.2890256932424962
    W_1_0     relu_ge_pre_93  1.1642754133996485
    W_1_0     relu_ge_pre_95  -0.45104944765431371
    W_1_0     relu_ge_pre_97  -0.4044471425934395
    W_1_0     relu_ge_pre_99  -1.2913277267870491
    W_1_0     relu_le_pre_1  0.021947886270380249
    W_1_0     relu_le_pre_3  -0.14706416587832766
    W_1_0     relu_le_pre_5  -0.88684907645879241
    W_1_0     relu_le_pre_7  -0.61286227428009354
    W_1_0     relu_le_pre_9  0.49737203549585546
    W_1_0     relu_le_pre_11  0.59433941750485375
    W_1_0     relu_le_pre_13  -0.76632778594540052
    W_1_0     relu_le_pre_15  0.62556647025845069
    W_1_0     relu_le_pre_17  0.14424211884897012
    W_1_0     relu_le_pre_19  0.53377429592493453
    W_1_0     relu_le_pre_21  -0.40899969445359535
    W_1_0     relu_le_pre_23  0.12880113396915818
    W_1_0     relu_le_pre_25  0.39106571676092239
    W_1_0     relu_le_pre_27  -0.55145542379957069
    W_1_0     relu_le_pre_29  -0.97954037165997387
    W_1_0     relu_le_pre_31  -1.621804461688138
    W_1_0     relu_le_pre_33  -1.0967964477764449
    W_1_0     relu_le_pre_35  -0.0020840828512682153
    W_1_0     relu_le_pre_37  1.5531767648845436
    W_1_0     relu_le_pre_39  -0.47305334074830474
    W_1_0     relu_le_pre_41  0.31614224291058651
    W_1_0     relu_le_pre_43  -0.67136244663703493
    W_1_0     relu_le_pre_45  -0.61268470360373661
    W_1_0     relu_le_pre_47  -0.23623833449570664
    W_1_0     relu_le_pre_49  -0.59274199110399584
    W_1_0     relu_le_pre_51  1.7521853639376541
    W_1_0     relu_le_pre_53  -0.59667196506698994
    W_1_0     relu_le_pre_55  0.43883192384648573
    W_1_0     relu_le_pre_57  -0.74963523204844229
    W_1_0     relu_le_pre_59  -0.077293467721139333
    W_1_0     relu_le_pre_61  2.1858383485986193
    W_1_0     relu_le_pre_63  0.70905047521927855
    W_1_0     relu_le_pre_65  -0.048380892587196377
    W_1_0     relu_le_pre_67  0.25996793590577055
    W_1_0     relu_le_pre_69  0.34274767555527652
    W_1_0     relu_le_pre_71  -1.3454938703802579
    W_1_0     relu_le_pre_73  0.059060256378551973
    W_1_0     relu_le_pre_75  -0.75353350815793041
    W_1_0     relu_le_pre_77  -0.44913211378915702
    W_1_0     relu_le_pre_79  0.6142464524260306
    W_1_0     relu_le_pre_81  1.6650572471534462
    W_1_0     relu_le_pre_83  0.13137742257009144
    W_1_0     relu_le_pre_85  -0.58048312781640909
    W_1_0     relu_le_pre_87  0.38920128828082162
    W_1_0     relu_le_pre_89  0.68088466023047667
    W_1_0     relu_le_pre_91  1.2890256932424962
    W_1_0     relu_le_pre_93  1.1642754133996485
    W_1_0     relu_le_pre_95  -0.45104944765431371
    W_1_0     relu_le_pre_97  -0.4044471425934395
    W_1_0     relu_le_pre_99  -1.2913277267870491
    W_1_1     relu_ge_pre_1  -0.49588006646422172
    W_1_1     relu_ge_pre_3  0.90694325125929631
    W_1_1     relu_ge_pre_5  -0.9493494832580337
    W_1_1     relu_ge_pre_7  -0.65789016205450035
    W_1_1     relu_ge_pre_9  0.1147727834068699
    W_1_1     relu_ge_pre_11  0.28337537560395781
    W_1_1     relu_ge_pre_13  1.5960863337954336
    W_1_1     relu_ge_pre_15  0.5459399556941108
    W_1_1     relu_ge_pre_17  0.24766150926736738
    W_1_1     relu_ge_pre_19  -0.09375617930346658
    W_1_1     relu_ge_pre_21  0.57369003715571842
    W_1_1     relu_ge_pre_23  -0.59387446809790478
    W_1_1     relu_ge_pre_25  1.9302874975259847
    W_1_1     relu_ge_pre_27  0.38011040653339456
    W_1_1     relu_ge_pre_29  0.54411341506408684
    W_1_1     relu_ge_pre_31  -1.0790459442040814
    W_1_1     relu_ge_pre_33  -2.2545390605711515
    W_1_1     relu_ge_pre_35  -0.60310730519021827
    W_1_1     relu_ge_pre_37  0.88200797262672959
    W_1_1     relu_ge_pre_39  1.5363587182917429
    W_1_1     relu_ge_pre_41  0.18805651607489748
    W_1_1     relu_ge_pre_43  -1.2288341782192547
    W_1_1     relu_ge_pre_45  1.0952016928073385
    W_1_1     relu_ge_pre_47  -0.6646631027839327
    W_1_1     relu_ge_pre_49  -0.78417370897627725
    W_1_1     relu_ge_pre_51  0.73416576895052721
    W_1_1     relu_ge_pre_53  1.5120924094997832
    W_1_1     relu_ge_pre_55  0.23242474937708185
    W_1_1     relu_ge_pre_57  1.433116993391593
    W_1_1     relu_ge_pre_59  0.77081349492150952
    W_1_1     relu_ge_pre_61  0.64761852460208547
    W_1_1     relu_ge_pre_63  0.32801286159833143
    W_1_1     relu_ge_pre_65  -1.0206366653522176
    W_1_1     relu_ge_pre_67  -0.53864522272477167
    W_1_1     relu_ge_pre_69  -0.5128672527234075
    W_1_1     relu_ge_pre_71  -0.65938350570936255
    W_1_1     relu_ge_pre_73  1.0428155640122234
    W_1_1     relu_ge_pre_75  0.86703889764994069
    W_1_1     relu_ge_pre_77  0.17139199408547845
    W_1_1     relu_ge_pre_79  0.52856227359181518
    W_1_1     relu_ge_pre_81  0.88908702893798697
    W_1_1     relu_ge_pre_83  0.60838857773346788
    W_1_1     relu_ge_pre_85  -0.65829764726835116
    W_1_1     relu_ge_pre_87  -0.30553801260900337
    W_1_1     relu_ge_pre_89  -0.62233250815683061
    W_1_1     relu_ge_pre_91  0.303917194932178
    W_1_1     relu_ge_pre_93  -0.32872197311896983
    W_1_1     relu_ge_pre_95  -0.22452922152930568
    W_1_1     relu_ge_pre_97  1.1423838707260114
    W_1_1     relu_ge_pre_99  1.1374854190104973
    W_1_1     relu_le_pre_1  -0.49588006646422172
    W_1_1     relu_le_pre_3  0.90694325125929631
    W_1_1     relu_le_pre_5  -0.9493494832580337
    W_1_1     relu_le_pre_7  -0.65789016205450035
    W_1_1     relu_le_pre_9  0.1147727834068699
    W_1_1     relu_le_pre_11  0.28337537560395781
    W_1_1     relu_le_pre_13  1.5960863337954336
    W_1_1     relu_le_pre_15  0.5459399556941108
    W_1_1     relu_le_pre_17  0.24766150926736738
    W_1_1     relu_le_pre_19  -0.09375617930346658
    W_1_1     relu_le_pre_21  0.57369003715571842
    W_1_1     relu_le_pre_23  -0.59387446809790478
    W_1_1     relu_le_pre_25  1.9302874975259847
    W_1_1     relu_le_pre_27  0.38011040653339456
    W_1_1     relu_le_pre_29  0.54411341506408684
    W_1_1     relu_le_pre_31  -1.0790459442040814
    W_1_1     relu_le_pre_33  -2.2545390605711515
    W_1_1     relu_le_pre_35  -0.60310730519021827
    W_1_1     relu_le_pre_37  0.88200797262672959
    W_1_1     relu_le_pre_39  1.5363587182917429
    W_1_1     relu_le_pre_41  0.18805651607489748
    W_1_1     relu_le_pre_43  -1.2288341782192547
    W_1_1     relu_le_pre_45  1.0952016928073385
    W_1_1     relu_le_pre_47  -0.6646631027839327
    W_1_1     relu_le_pre_49  -0.78417370897627725
    W_1_1     relu_le_pre_51  0.73416576895052721
    W_1_1     relu_le_pre_53  1.5120924094997832
    W_1_1     relu_le_pre_55  0.23242474937708185
    W_1_1     relu_le_pre_57  1.433116993391593
    W_1_1     relu_le_pre_59  0.77081349492150952
    W_1_1     relu_le_pre_61  0.64761852460208547
    W_1_1     relu_le_pre_63  0.32801286159833143
    W_1_1     relu_le_pre_65  -1.0206366653522176
    W_1_1     relu_le_pre_67  -0.53864522272477167
    W_1_1     relu_le_pre_69  -0.5128672527234075
    W_1_1     relu_le_pre_71  -0.65938350570936255
    W_1_1     relu_le_pre_73  1.0428155640122234
    W_1_1     relu_le_pre_75  0.86703889764994069
    W_1_1     relu_le_pre_77  0.17139199408547845
    W_1_1     relu_le_pre_79  0.52856227359181518
    W_1_1     relu_le_pre_81  0.88908702893798697
    W_1_1     relu_le_pre_83  0.60838857773346788
    W_1_1     relu_le_pre_85  -0.65829764726835116
    W_1_1     relu_le_pre_87  -0.30553801260900337
    W_1_1     relu_le_pre_89  -0.62233250815683061
    W_1_1     relu_le_pre_91  0.303917194932178
    W_1_1     relu_le_pre_93  -0.32872197311896983
    W_1_1     relu_le_pre_95  -0.22452922152930568
    W_1_1     relu_le_pre_97  1.1423838707260114
    W_1_1     relu_le_pre_99  1.1374854190104973
    W_1_2     relu_ge_pre_1  1.910768664176647
    W_1_2     relu_ge_pre_3  -1.7753893872461408
    W_1_2     relu_ge_pre_5  0.05785496250096947
    W_1_2     relu_ge_pre_7  0.34440266642056316
    W_1_2     relu_ge_pre_9  0.60545200935043475
    W_1_2     relu_ge_pre_11  0.72841772718345277
    W_1_2     relu_ge_pre_13  -0.82356212861569189
    W_1_2     relu_ge_pre_15  1.3508471418657899
    W_1_2     relu_ge_pre_17  -0.19145583053805643
    W_1_2     relu_ge_pre_19  -1.8196918381290936
    W_1_2     relu_ge_pre_21  -0.95310959523867145
    W_1_2     relu_ge_pre_23  -0.61274742894769674
    W_1_2     relu_ge_pre_25  0.34765362325494176
    W_1_2     relu_ge_pre_27  -0.43896931488302815
    W_1_2     relu_ge_pre_29  -1.2313517525412896
    W_1_2     relu_ge_pre_31  -1.1654628406272693
    W_1_2     relu_ge_pre_33  -0.18586090464094035
    W_1_2     relu_ge_pre_35  0.90819511864391644
    W_1_2     relu_ge_pre_37  -0.37256535014264275
    W_1_2     relu_ge_pre_39  1.8834637085418371
    W_1_2     relu_ge_pre_41  0.049200833000428303
    W_1_2     relu_ge_pre_43  -0.23089642990774156
    W_1_2     relu_ge_pre_45  1.1763080144635716
    W_1_2     relu_ge_pre_47  -0.72624345591208772
    W_1_2     relu_ge_pre_49  -0.80982802999662939
    W_1_2     relu_ge_pre_51  -0.45515974230633888
    W_1_2     relu_ge_pre_53  -1.1730613665619862
    W_1_2     relu_ge_pre_55  -0.27381864476035911
    W_1_2     relu_ge_pre_57  -0.98991257697414292
    W_1_2     relu_ge_pre_59  0.27527314152763765
    W_1_2     relu_ge_pre_61  -0.18190965102151874
    W_1_2     relu_ge_pre_63  0.14676236752236549
    W_1_2     relu_ge_pre_65  0.024895779915063802
    W_1_2     relu_ge_pre_67  -2.0766170605107335
    W_1_2     relu_ge_pre_69  1.5773049500113667
    W_1_2     relu_ge_pre_71  -1.332799668008021
    W_1_2     relu_ge_pre_73  -0.88609891212650449
    W_1_2     relu_ge_pre_75  1.4729351079461674
    W_1_2     relu_ge_pre_77  -2.6121658902192064
    W_1_2     relu_ge_pre_79  0.11076426184894644
    W_1_2     relu_ge_pre_81  -1.6443627009055837
    W_1_2     relu_ge_pre_83  1.2718979918739488
    W_1_2     relu_ge_pre_85  -0.25645436338250821
    W_1_2     relu_ge_pre_87  -0.38158917969436712
    W_1_2     relu_ge_pre_89  2.1153562501453971
    W_1_2     relu_ge_pre_91  0.10849909105824521
    W_1_2     relu_ge_pre_93  -1.055605732210489
    W_1_2     relu_ge_pre_95  -0.82823816506677039
    W_1_2     relu_ge_pre_97  0.20256344361330747
    W_1_2     relu_ge_pre_99  -0.062296873075864449
    W_1_2     relu_le_pre_1  1.910768664176647
    W_1_2     relu_le_pre_3  -1.7753893872461408
    W_1_2     relu_le_pre_5  0.05785496250096947
    W_1_2     relu_le_pre_7  0.34440266642056316
    W_1_2     relu_le_pre_9  0.60545200935043475
    W_1_2     relu_le_pre_11  0.72841772718345277
    W_1_2     relu_le_pre_13  -0.82356212861569189
    W_1_2     relu_le_pre_15  1.3508471418657899
    W_1_2     relu_le_pre_17  -0.19145583053805643
    W_1_2     relu_le_pre_19  -1.8196918381290936
    W_1_2     relu_le_pre_21  -0.95310959523867145
    W_1_2     relu_le_pre_23  -0.61274742894769674
    W_1_2     relu_le_pre_25  0.34765362325494176
    W_1_2     relu_le_pre_27  -0.43896931488302815
    W_1_2     relu_le_pre_29  -1.2313517525412896
    W_1_2     relu_le_pre_31  -1.1654628406272693
    W_1_2     relu_le_pre_33  -0.18586090464094035
    W_1_2     relu_le_pre_35  0.90819511864391644
    W_1_2     relu_le_pre_37  -0.37256535014264275
    W_1_2     relu_le_pre_39  1.8834637085418371
    W_1_2     relu_le_pre_41  0.049200833000428303
    W_1_2     relu_le_pre_43  -0.23089642990774156
    W_1_2     relu_le_pre_45  1.1763080144635716
    W_1_2     relu_le_pre_47  -0.72624345591208772
    W_1_2     relu_le_pre_49  -0.80982802999662939
    W_1_2     relu_le_pre_51  -0.45515974230633888
    W_1_2     relu_le_pre_53  -1.1730613665619862
    W_1_2     relu_le_pre_55  -0.27381864476035911
    W_1_2     relu_le_pre_57  -0.98991257697414292
    W_1_2     relu_le_pre_59  0.27527314152763765
    W_1_2     relu_le_pre_61  -0.18190965102151874
    W_1_2     relu_le_pre_63  0.14676236752236549
    W_1_2     relu_le_pre_65  0.024895779915063802
    W_1_2     relu_le_pre_67  -2.0766170605107335
    W_1_2     relu_le_pre_69  1.5773049500113667
    W_1_2     relu_le_pre_71  -1.332799668008021
    W_1_2     relu_le_pre_73  -0.88609891212650449
    W_1_2     relu_le_pre_75  1.4729351079461674
    W_1_2     relu_le_pre_77  -2.6121658902192064
    W_1_2     relu_le_pre_79  0.11076426184894644
    W_1_2     relu_le_pre_81  -1.6443627009055837
    W_1_2     relu_le_pre_83  1.2718979918739488
    W_1_2     relu_le_pre_85  -0.25645436338250821
    W_1_2     relu_le_pre_87  -0.38158917969436712
    W_1_2     relu_le_pre_89  2.1153562501453971
    W_1_2     relu_le_pre_91  0.10849909105824521
    W_1_2     relu_le_pre_93  -1.055605732210489
    W_1_2     relu_le_pre_95  -0.82823816506677039
    W_1_2     relu_le_pre_97  0.20256344361330747
    W_1_2     relu_le_pre_99  -0.062296873075864449
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
    b_0       relu_ge_pre_60  -1
    b_0       relu_ge_pre_62  -1
    b_0       relu_ge_pre_64  -1
    b_0       relu_ge_pre_66  -1
    b_0       relu_ge_pre_68  -1
    b_0       relu_ge_pre_70  -1
    b_0       relu_ge_pre_72  -1
    b_0       relu_ge_pre_74  -1
    b_0       relu_ge_pre_76  -1
    b_0       relu_ge_pre_78  -1
    b_0       relu_ge_pre_80  -1
    b_0       relu_ge_pre_82  -1
    b_0       relu_ge_pre_84  -1
    b_0       relu_ge_pre_86  -1
    b_0       relu_ge_pre_88  -1
    b_0       relu_ge_pre_90  -1
    b_0       relu_ge_pre_92  -1
    b_0       relu_ge_pre_94  -1
    b_0       relu_ge_pre_96  -1
    b_0       relu_ge_pre_98  -1
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
    b_0       relu_le_pre_60  -1
    b_0       relu_le_pre_62  -1
    b_0       relu_le_pre_64  -1
    b_0       relu_le_pre_66  -1
    b_0       relu_le_pre_68  -1
    b_0       relu_le_pre_70  -1
    b_0       relu_le_pre_72  -1
    b_0       relu_le_pre_74  -1
    b_0       relu_le_pre_76  -1
    b_0       relu_le_pre_78  -1
    b_0       relu_le_pre_80  -1
    b_0       relu_le_pre_82  -1
    b_0       relu_le_pre_84  -1
    b_0       relu_le_pre_86  -1
    b_0       relu_le_pre_88  -1
    b_0       relu_le_pre_90  -1
    b_0       relu_le_pre_92  -1
    b_0       relu_le_pre_94  -1
    b_0       relu_le_pre_96  -1
    b_0       relu_le_pre_98  -1
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
    b_1       relu_ge_pre_61  -1
    b_1       relu_ge_pre_63  -1
    b_1       relu_ge_pre_65  -1
    b_1       relu_ge_pre_67  -1
    b_1       relu_ge_pre_69  -1
    b_1       relu_ge_pre_71  -1
    b_1       relu_ge_pre_73  -1
    b_1       relu_ge_pre_75  -1
    b_1       relu_ge_pre_77  -1
    b_1       relu_ge_pre_79  -1
    b_1       relu_ge_pre_81  -1
    b_1       relu_ge_pre_83  -1
    b_1       relu_ge_pre_85  -1
    b_1       relu_ge_pre_87  -1
    b_1       relu_ge_pre_89  -1
    b_1       relu_ge_pre_91  -1
    b_1       relu_ge_pre_93  -1
    b_1       relu_ge_pre_95  -1
    b_1       relu_ge_pre_97  -1
    b_1       relu_ge_pre_99  -1
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
    b_1       relu_le_pre_61  -1
    b_1       relu_le_pre_63  -1
    b_1       relu_le_pre_65  -1
    b_1       relu_le_pre_67  -1
    b_1       relu_le_pre_69  -1
    b_1       relu_le_pre_71  -1
    b_1       relu_le_pre_73  -1
    b_1       relu_le_pre_75  -1
    b_1       relu_le_pre_77  -1
    b_1       relu_le_pre_79  -1
    b_1       relu_le_pre_81  -1
    b_1       relu_le_pre_83  -1
    b_1       relu_le_pre_85  -1
    b_1       relu_le_pre_87  -1
    b_1       relu_le_pre_89  -1
    b_1       relu_le_pre_91  -1
    b_1       relu_le_pre_93  -1
    b_1       relu_le_pre_95  -1
    b_1       relu_le_pre_97  -1
    b_1       relu_le_pre_99  -1
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
    h_30_0    relu_ge_pre_60  1
    h_30_0    relu_le_pre_60  1
    h_30_0    relu_le_onoff_60  1
    h_30_0    prod_le_h_60  -1
    h_30_0    prod_ge_60  -1
    h_30_0    residual_30  -1
    h_30_1    relu_ge_pre_61  1
    h_30_1    relu_le_pre_61  1
    h_30_1    relu_le_onoff_61  1
    h_30_1    prod_le_h_61  -1
    h_30_1    prod_ge_61  -1
    h_30_1    residual_30  -1
    h_31_0    relu_ge_pre_62  1
    h_31_0    relu_le_pre_62  1
    h_31_0    relu_le_onoff_62  1
    h_31_0    prod_le_h_62  -1
    h_31_0    prod_ge_62  -1
    h_31_0    residual_31  -1
    h_31_1    relu_ge_pre_63  1
    h_31_1    relu_le_pre_63  1
    h_31_1    relu_le_onoff_63  1
    h_31_1    prod_le_h_63  -1
    h_31_1    prod_ge_63  -1
    h_31_1    residual_31  -1
    h_32_0    relu_ge_pre_64  1
    h_32_0    relu_le_pre_64  1
    h_32_0    relu_le_onoff_64  1
    h_32_0    prod_le_h_64  -1
    h_32_0    prod_ge_64  -1
    h_32_0    residual_32  -1
    h_32_1    relu_ge_pre_65  1
    h_32_1    relu_le_pre_65  1
    h_32_1    relu_le_onoff_65  1
    h_32_1    prod_le_h_65  -1
    h_32_1    prod_ge_65  -1
    h_32_1    residual_32  -1
    h_33_0    relu_ge_pre_66  1
    h_33_0    relu_le_pre_66  1
    h_33_0    relu_le_onoff_66  1
    h_33_0    prod_le_h_66  -1
    h_33_0    prod_ge_66  -1
    h_33_0    residual_33  -1
    h_33_1    relu_ge_pre_67  1
    h_33_1    relu_le_pre_67  1
    h_33_1    relu_le_onoff_67  1
    h_33_1    prod_le_h_67  -1
    h_33_1    prod_ge_67  -1
    h_33_1    residual_33  -1
    h_34_0    relu_ge_pre_68  1
    h_34_0    relu_le_pre_68  1
    h_34_0    relu_le_onoff_68  1
    h_34_0    prod_le_h_68  -1
    h_34_0    prod_ge_68  -1
    h_34_0    residual_34  -1
    h_34_1    relu_ge_pre_69  1
    h_34_1    relu_le_pre_69  1
    h_34_1    relu_le_onoff_69  1
    h_34_1    prod_le_h_69  -1
    h_34_1    prod_ge_69  -1
    h_34_1    residual_34  -1
    h_35_0    relu_ge_pre_70  1
    h_35_0    relu_le_pre_70  1
    h_35_0    relu_le_onoff_70  1
    h_35_0    prod_le_h_70  -1
    h_35_0    prod_ge_70  -1
    h_35_0    residual_35  -1
    h_35_1    relu_ge_pre_71  1
    h_35_1    relu_le_pre_71  1
    h_35_1    relu_le_onoff_71  1
    h_35_1    prod_le_h_71  -1
    h_35_1    prod_ge_71  -1
    h_35_1    residual_35  -1
    h_36_0    relu_ge_pre_72  1
    h_36_0    relu_le_pre_72  1
    h_36_0    relu_le_onoff_72  1
    h_36_0    prod_le_h_72  -1
    h_36_0    prod_ge_72  -1
    h_36_0    residual_36  -1
    h_36_1    relu_ge_pre_73  1
    h_36_1    relu_le_pre_73  1
    h_36_1    relu_le_onoff_73  1
    h_36_1    prod_le_h_73  -1
    h_36_1    prod_ge_73  -1
    h_36_1    residual_36  -1
    h_37_0    relu_ge_pre_74  1
    h_37_0    relu_le_pre_74  1
    h_37_0    relu_le_onoff_74  1
    h_37_0    prod_le_h_74  -1
    h_37_0    prod_ge_74  -1
    h_37_0    residual_37  -1
    h_37_1    relu_ge_pre_75  1
    h_37_1    relu_le_pre_75  1
    h_37_1    relu_le_onoff_75  1
    h_37_1    prod_le_h_75  -1
    h_37_1    prod_ge_75  -1
    h_37_1    residual_37  -1
    h_38_0    relu_ge_pre_76  1
    h_38_0    relu_le_pre_76  1
    h_38_0    relu_le_onoff_76  1
    h_38_0    prod_le_h_76  -1
    h_38_0    prod_ge_76  -1
    h_38_0    residual_38  -1
    h_38_1    relu_ge_pre_77  1
    h_38_1    relu_le_pre_77  1
    h_38_1    relu_le_onoff_77  1
    h_38_1    prod_le_h_77  -1
    h_38_1    prod_ge_77  -1
    h_38_1    residual_38  -1
    h_39_0    relu_ge_pre_78  1
    h_39_0    relu_le_pre_78  1
    h_39_0    relu_le_onoff_78  1
    h_39_0    prod_le_h_78  -1
    h_39_0    prod_ge_78  -1
    h_39_0    residual_39  -1
    h_39_1    relu_ge_pre_79  1
    h_39_1    relu_le_pre_79  1
    h_39_1    relu_le_onoff_79  1
    h_39_1    prod_le_h_79  -1
    h_39_1    prod_ge_79  -1
    h_39_1    residual_39  -1
    h_40_0    relu_ge_pre_80  1
    h_40_0    relu_le_pre_80  1
    h_40_0    relu_le_onoff_80  1
    h_40_0    prod_le_h_80  -1
    h_40_0    prod_ge_80  -1
    h_40_0    residual_40  -1
    h_40_1    relu_ge_pre_81  1
    h_40_1    relu_le_pre_81  1
    h_40_1    relu_le_onoff_81  1
    h_40_1    prod_le_h_81  -1
    h_40_1    prod_ge_81  -1
    h_40_1    residual_40  -1
    h_41_0    relu_ge_pre_82  1
    h_41_0    relu_le_pre_82  1
    h_41_0    relu_le_onoff_82  1
    h_41_0    prod_le_h_82  -1
    h_41_0    prod_ge_82  -1
    h_41_0    residual_41  -1
    h_41_1    relu_ge_pre_83  1
    h_41_1    relu_le_pre_83  1
    h_41_1    relu_le_onoff_83  1
    h_41_1    prod_le_h_83  -1
    h_41_1    prod_ge_83  -1
    h_41_1    residual_41  -1
    h_42_0    relu_ge_pre_84  1
    h_42_0    relu_le_pre_84  1
    h_42_0    relu_le_onoff_84  1
    h_42_0    prod_le_h_84  -1
    h_42_0    prod_ge_84  -1
    h_42_0    residual_42  -1
    h_42_1    relu_ge_pre_85  1
    h_42_1    relu_le_pre_85  1
    h_42_1    relu_le_onoff_85  1
    h_42_1    prod_le_h_85  -1
    h_42_1    prod_ge_85  -1
    h_42_1    residual_42  -1
    h_43_0    relu_ge_pre_86  1
    h_43_0    relu_le_pre_86  1
    h_43_0    relu_le_onoff_86  1
    h_43_0    prod_le_h_86  -1
    h_43_0    prod_ge_86  -1
    h_43_0    residual_43  -1
    h_43_1    relu_ge_pre_87  1
    h_43_1    relu_le_pre_87  1
    h_43_1    relu_le_onoff_87  1
    h_43_1    prod_le_h_87  -1
    h_43_1    prod_ge_87  -1
    h_43_1    residual_43  -1
    h_44_0    relu_ge_pre_88  1
    h_44_0    relu_le_pre_88  1
    h_44_0    relu_le_onoff_88  1
    h_44_0    prod_le_h_88  -1
    h_44_0    prod_ge_88  -1
    h_44_0    residual_44  -1
    h_44_1    relu_ge_pre_89  1
    h_44_1    relu_le_pre_89  1
    h_44_1    relu_le_onoff_89  1
    h_44_1    prod_le_h_89  -1
    h_44_1    prod_ge_89  -1
    h_44_1    residual_44  -1
    h_45_0    relu_ge_pre_90  1
    h_45_0    relu_le_pre_90  1
    h_45_0    relu_le_onoff_90  1
    h_45_0    prod_le_h_90  -1
    h_45_0    prod_ge_90  -1
    h_45_0    residual_45  -1
    h_45_1    relu_ge_pre_91  1
    h_45_1    relu_le_pre_91  1
    h_45_1    relu_le_onoff_91  1
    h_45_1    prod_le_h_91  -1
    h_45_1    prod_ge_91  -1
    h_45_1    residual_45  -1
    h_46_0    relu_ge_pre_92  1
    h_46_0    relu_le_pre_92  1
    h_46_0    relu_le_onoff_92  1
    h_46_0    prod_le_h_92  -1
    h_46_0    prod_ge_92  -1
    h_46_0    residual_46  -1
    h_46_1    relu_ge_pre_93  1
    h_46_1    relu_le_pre_93  1
    h_46_1    relu_le_onoff_93  1
    h_46_1    prod_le_h_93  -1
    h_46_1    prod_ge_93  -1
    h_46_1    residual_46  -1
    h_47_0    relu_ge_pre_94  1
    h_47_0    relu_le_pre_94  1
    h_47_0    relu_le_onoff_94  1
    h_47_0    prod_le_h_94  -1
    h_47_0    prod_ge_94  -1
    h_47_0    residual_47  -1
    h_47_1    relu_ge_pre_95  1
    h_47_1    relu_le_pre_95  1
    h_47_1    relu_le_onoff_95  1
    h_47_1    prod_le_h_95  -1
    h_47_1    prod_ge_95  -1
    h_47_1    residual_47  -1
    h_48_0    relu_ge_pre_96  1
    h_48_0    relu_le_pre_96  1
    h_48_0    relu_le_onoff_96  1
    h_48_0    prod_le_h_96  -1
    h_48_0    prod_ge_96  -1
    h_48_0    residual_48  -1
    h_48_1    relu_ge_pre_97  1
    h_48_1    relu_le_pre_97  1
    h_48_1    relu_le_onoff_97  1
    h_48_1    prod_le_h_97  -1
    h_48_1    prod_ge_97  -1
    h_48_1    residual_48  -1
    h_49_0    relu_ge_pre_98  1
    h_49_0    relu_le_pre_98  1
    h_49_0    relu_le_onoff_98  1
    h_49_0    prod_le_h_98  -1
    h_49_0    prod_ge_98  -1
    h_49_0    residual_49  -1
    h_49_1    relu_ge_pre_99  1
    h_49_1    relu_le_pre_99  1
    h_49_1    relu_le_onoff_99  1
    h_49_1    prod_le_h_99  -1
    h_49_1    prod_ge_99  -1
    h_49_1    residual_49  -1
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  3.428596616911249
    z_0_0     relu_le_onoff_0  -3.428596616911249
    z_0_1     relu_le_pre_1  3.428596616911249
    z_0_1     relu_le_onoff_1  -3.428596616911249
    z_1_0     relu_le_pre_2  3.829396804383765
    z_1_0     relu_le_onoff_2  -3.829396804383765
    z_1_1     relu_le_pre_3  3.829396804383765
    z_1_1     relu_le_onoff_3  -3.829396804383765
    z_2_0     relu_le_pre_4  2.8940535222177957
    z_2_0     relu_le_onoff_4  -2.8940535222177957
    z_2_1     relu_le_pre_5  2.8940535222177957
    z_2_1     relu_le_onoff_5  -2.8940535222177957
    z_3_0     relu_le_pre_6  2.6151551027551569
    z_3_0     relu_le_onoff_6  -2.6151551027551569
    z_3_1     relu_le_pre_7  2.6151551027551569
    z_3_1     relu_le_onoff_7  -2.6151551027551569
    z_4_0     relu_le_pre_8  2.2175968282531602
    z_4_0     relu_le_onoff_8  -2.2175968282531602
    z_4_1     relu_le_pre_9  2.2175968282531602
    z_4_1     relu_le_onoff_9  -2.2175968282531602
    z_5_0     relu_le_pre_10  2.6061325202922645
    z_5_0     relu_le_onoff_10  -2.6061325202922645
    z_5_1     relu_le_pre_11  2.6061325202922645
    z_5_1     relu_le_onoff_11  -2.6061325202922645
    z_6_0     relu_le_pre_12  4.1859762483565266
    z_6_0     relu_le_onoff_12  -4.1859762483565266
    z_6_1     relu_le_pre_13  4.1859762483565266
    z_6_1     relu_le_onoff_13  -4.1859762483565266
    z_7_0     relu_le_pre_14  3.5223535678183513
    z_7_0     relu_le_onoff_14  -3.5223535678183513
    z_7_1     relu_le_pre_15  3.5223535678183513
    z_7_1     relu_le_onoff_15  -3.5223535678183513
    z_8_0     relu_le_pre_16  1.583359458654394
    z_8_0     relu_le_onoff_16  -1.583359458654394
    z_8_1     relu_le_pre_17  1.583359458654394
    z_8_1     relu_le_onoff_17  -1.583359458654394
    z_9_0     relu_le_pre_18  3.4472223133574946
    z_9_0     relu_le_onoff_18  -3.4472223133574946
    z_9_1     relu_le_pre_19  3.4472223133574946
    z_9_1     relu_le_onoff_19  -3.4472223133574946
    z_10_0    relu_le_pre_20  2.9357993268479854
    z_10_0    relu_le_onoff_20  -2.9357993268479854
    z_10_1    relu_le_pre_21  2.9357993268479854
    z_10_1    relu_le_onoff_21  -2.9357993268479854
    z_11_0    relu_le_pre_22  2.3354230310147597
    z_11_0    relu_le_onoff_22  -2.3354230310147597
    z_11_1    relu_le_pre_23  2.3354230310147597
    z_11_1    relu_le_onoff_23  -2.3354230310147597
    z_12_0    relu_le_pre_24  3.6690068375418488
    z_12_0    relu_le_onoff_24  -3.6690068375418488
    z_12_1    relu_le_pre_25  3.6690068375418488
    z_12_1    relu_le_onoff_25  -3.6690068375418488
    z_13_0    relu_le_pre_26  2.3705351452159933
    z_13_0    relu_le_onoff_26  -2.3705351452159933
    z_13_1    relu_le_pre_27  2.3705351452159933
    z_13_1    relu_le_onoff_27  -2.3705351452159933
    z_14_0    relu_le_pre_28  3.7550055392653503
    z_14_0    relu_le_onoff_28  -3.7550055392653503
    z_14_1    relu_le_pre_29  3.7550055392653503
    z_14_1    relu_le_onoff_29  -3.7550055392653503
    z_15_0    relu_le_pre_30  4.8663132465194892
    z_15_0    relu_le_onoff_30  -4.8663132465194892
    z_15_1    relu_le_pre_31  4.8663132465194892
    z_15_1    relu_le_onoff_31  -4.8663132465194892
    z_16_0    relu_le_pre_32  4.5371964129885374
    z_16_0    relu_le_onoff_32  -4.5371964129885374
    z_16_1    relu_le_pre_33  4.5371964129885374
    z_16_1    relu_le_onoff_33  -4.5371964129885374
    z_17_0    relu_le_pre_34  2.5133865066854031
    z_17_0    relu_le_onoff_34  -2.5133865066854031
    z_17_1    relu_le_pre_35  2.5133865066854031
    z_17_1    relu_le_onoff_35  -2.5133865066854031
    z_18_0    relu_le_pre_36  3.8077500876539156
    z_18_0    relu_le_onoff_36  -3.8077500876539156
    z_18_1    relu_le_pre_37  3.8077500876539156
    z_18_1    relu_le_onoff_37  -3.8077500876539156
    z_19_0    relu_le_pre_38  4.8928757675818844
    z_19_0    relu_le_onoff_38  -4.8928757675818844
    z_19_1    relu_le_pre_39  4.8928757675818844
    z_19_1    relu_le_onoff_39  -4.8928757675818844
    z_20_0    relu_le_pre_40  1.5533995919859123
    z_20_0    relu_le_onoff_40  -1.5533995919859123
    z_20_1    relu_le_pre_41  1.5533995919859123
    z_20_1    relu_le_onoff_41  -1.5533995919859123
    z_21_0    relu_le_pre_42  3.131093054764031
    z_21_0    relu_le_onoff_42  -3.131093054764031
    z_21_1    relu_le_pre_43  3.131093054764031
    z_21_1    relu_le_onoff_43  -3.131093054764031
    z_22_0    relu_le_pre_44  3.8841944108746467
    z_22_0    relu_le_onoff_44  -3.8841944108746467
    z_22_1    relu_le_pre_45  3.8841944108746467
    z_22_1    relu_le_onoff_45  -3.8841944108746467
    z_23_0    relu_le_pre_46  2.6271448931917272
    z_23_0    relu_le_onoff_46  -2.6271448931917272
    z_23_1    relu_le_pre_47  2.6271448931917272
    z_23_1    relu_le_onoff_47  -2.6271448931917272
    z_24_0    relu_le_pre_48  3.1867437300769028
    z_24_0    relu_le_onoff_48  -3.1867437300769028
    z_24_1    relu_le_pre_49  3.1867437300769028
    z_24_1    relu_le_onoff_49  -3.1867437300769028
    z_25_0    relu_le_pre_50  3.94151087519452
    z_25_0    relu_le_onoff_50  -3.94151087519452
    z_25_1    relu_le_pre_51  3.94151087519452
    z_25_1    relu_le_onoff_51  -3.94151087519452
    z_26_0    relu_le_pre_52  4.2818257411287597
    z_26_0    relu_le_onoff_52  -4.2818257411287597
    z_26_1    relu_le_pre_53  4.2818257411287597
    z_26_1    relu_le_onoff_53  -4.2818257411287597
    z_27_0    relu_le_pre_54  1.9450753179839269
    z_27_0    relu_le_onoff_54  -1.9450753179839269
    z_27_1    relu_le_pre_55  1.9450753179839269
    z_27_1    relu_le_onoff_55  -1.9450753179839269
    z_28_0    relu_le_pre_56  4.1726648024141788
    z_28_0    relu_le_onoff_56  -4.1726648024141788
    z_28_1    relu_le_pre_57  4.1726648024141788
    z_28_1    relu_le_onoff_57  -4.1726648024141788
    z_29_0    relu_le_pre_58  2.1233801041702867
    z_29_0    relu_le_onoff_58  -2.1233801041702867
    z_29_1    relu_le_pre_59  2.1233801041702867
    z_29_1    relu_le_onoff_59  -2.1233801041702867
    z_30_0    relu_le_pre_60  4.0153665242222232
    z_30_0    relu_le_onoff_60  -4.0153665242222232
    z_30_1    relu_le_pre_61  4.0153665242222232
    z_30_1    relu_le_onoff_61  -4.0153665242222232
    z_31_0    relu_le_pre_62  2.1838257043399754
    z_31_0    relu_le_onoff_62  -2.1838257043399754
    z_31_1    relu_le_pre_63  2.1838257043399754
    z_31_1    relu_le_onoff_63  -2.1838257043399754
    z_32_0    relu_le_pre_64  2.0939133378544779
    z_32_0    relu_le_onoff_64  -2.0939133378544779
    z_32_1    relu_le_pre_65  2.0939133378544779
    z_32_1    relu_le_onoff_65  -2.0939133378544779
    z_33_0    relu_le_pre_66  3.875230219141276
    z_33_0    relu_le_onoff_66  -3.875230219141276
    z_33_1    relu_le_pre_67  3.875230219141276
    z_33_1    relu_le_onoff_67  -3.875230219141276
    z_34_0    relu_le_pre_68  3.4329198782900505
    z_34_0    relu_le_onoff_68  -3.4329198782900505
    z_34_1    relu_le_pre_69  3.4329198782900505
    z_34_1    relu_le_onoff_69  -3.4329198782900505
    z_35_0    relu_le_pre_70  4.3376770440976413
    z_35_0    relu_le_onoff_70  -4.3376770440976413
    z_35_1    relu_le_pre_71  4.3376770440976413
    z_35_1    relu_le_onoff_71  -4.3376770440976413
    z_36_0    relu_le_pre_72  2.9879747325172801
    z_36_0    relu_le_onoff_72  -2.9879747325172801
    z_36_1    relu_le_pre_73  2.9879747325172801
    z_36_1    relu_le_onoff_73  -2.9879747325172801
    z_37_0    relu_le_pre_74  4.0935075137540382
    z_37_0    relu_le_onoff_74  -4.0935075137540382
    z_37_1    relu_le_pre_75  4.0935075137540382
    z_37_1    relu_le_onoff_75  -4.0935075137540382
    z_38_0    relu_le_pre_76  4.2326899980938419
    z_38_0    relu_le_onoff_76  -4.2326899980938419
    z_38_1    relu_le_pre_77  4.2326899980938419
    z_38_1    relu_le_onoff_77  -4.2326899980938419
    z_39_0    relu_le_pre_78  2.2535729878667921
    z_39_0    relu_le_onoff_78  -2.2535729878667921
    z_39_1    relu_le_pre_79  2.2535729878667921
    z_39_1    relu_le_onoff_79  -2.2535729878667921
    z_40_0    relu_le_pre_80  5.1985069769970167
    z_40_0    relu_le_onoff_80  -5.1985069769970167
    z_40_1    relu_le_pre_81  5.1985069769970167
    z_40_1    relu_le_onoff_81  -5.1985069769970167
    z_41_0    relu_le_pre_82  3.0116639921775081
    z_41_0    relu_le_onoff_82  -3.0116639921775081
    z_41_1    relu_le_pre_83  3.0116639921775081
    z_41_1    relu_le_onoff_83  -3.0116639921775081
    z_42_0    relu_le_pre_84  2.4952351384672684
    z_42_0    relu_le_onoff_84  -2.4952351384672684
    z_42_1    relu_le_pre_85  2.4952351384672684
    z_42_1    relu_le_onoff_85  -2.4952351384672684
    z_43_0    relu_le_pre_86  2.0763284805841922
    z_43_0    relu_le_onoff_86  -2.0763284805841922
    z_43_1    relu_le_pre_87  2.0763284805841922
    z_43_1    relu_le_onoff_87  -2.0763284805841922
    z_44_0    relu_le_pre_88  4.4185734185327039
    z_44_0    relu_le_onoff_88  -4.4185734185327039
    z_44_1    relu_le_pre_89  4.4185734185327039
    z_44_1    relu_le_onoff_89  -4.4185734185327039
    z_45_0    relu_le_pre_90  2.7014419792329196
    z_45_0    relu_le_onoff_90  -2.7014419792329196
    z_45_1    relu_le_pre_91  2.7014419792329196
    z_45_1    relu_le_onoff_91  -2.7014419792329196
    z_46_0    relu_le_pre_92  3.5486031187291074
    z_46_0    relu_le_onoff_92  -3.5486031187291074
    z_46_1    relu_le_pre_93  3.5486031187291074
    z_46_1    relu_le_onoff_93  -3.5486031187291074
    z_47_0    relu_le_pre_94  2.5038168342503897
    z_47_0    relu_le_onoff_94  -2.5038168342503897
    z_47_1    relu_le_pre_95  2.5038168342503897
    z_47_1    relu_le_onoff_95  -2.5038168342503897
    z_48_0    relu_le_pre_96  2.7493944569327584
    z_48_0    relu_le_onoff_96  -2.7493944569327584
    z_48_1    relu_le_pre_97  2.7493944569327584
    z_48_1    relu_le_onoff_97  -2.7493944569327584
    z_49_0    relu_le_pre_98  3.4911100188734108
    z_49_0    relu_le_onoff_98  -3.4911100188734108
    z_49_1    relu_le_pre_99  3.4911100188734108
    z_49_1    relu_le_onoff_99  -3.4911100188734108
    sgn_0     prod_le_sign_0  -3.428596616911249
    sgn_0     prod_le_sign_2  -3.829396804383765
    sgn_0     prod_le_sign_4  -2.8940535222177957
    sgn_0     prod_le_sign_6  -2.6151551027551569
    sgn_0     prod_le_sign_8  -2.2175968282531602
    sgn_0     prod_le_sign_10  -2.6061325202922645
    sgn_0     prod_le_sign_12  -4.1859762483565266
    sgn_0     prod_le_sign_14  -3.5223535678183513
    sgn_0     prod_le_sign_16  -1.583359458654394
    sgn_0     prod_le_sign_18  -3.4472223133574946
    sgn_0     prod_le_sign_20  -2.9357993268479854
    sgn_0     prod_le_sign_22  -2.3354230310147597
    sgn_0     prod_le_sign_24  -3.6690068375418488
    sgn_0     prod_le_sign_26  -2.3705351452159933
    sgn_0     prod_le_sign_28  -3.7550055392653503
    sgn_0     prod_le_sign_30  -4.8663132465194892
    sgn_0     prod_le_sign_32  -4.5371964129885374
    sgn_0     prod_le_sign_34  -2.5133865066854031
    sgn_0     prod_le_sign_36  -3.8077500876539156
    sgn_0     prod_le_sign_38  -4.8928757675818844
    sgn_0     prod_le_sign_40  -1.5533995919859123
    sgn_0     prod_le_sign_42  -3.131093054764031
    sgn_0     prod_le_sign_44  -3.8841944108746467
    sgn_0     prod_le_sign_46  -2.6271448931917272
    sgn_0     prod_le_sign_48  -3.1867437300769028
    sgn_0     prod_le_sign_50  -3.94151087519452
    sgn_0     prod_le_sign_52  -4.2818257411287597
    sgn_0     prod_le_sign_54  -1.9450753179839269
    sgn_0     prod_le_sign_56  -4.1726648024141788
    sgn_0     prod_le_sign_58  -2.1233801041702867
    sgn_0     prod_le_sign_60  -4.0153665242222232
    sgn_0     prod_le_sign_62  -2.1838257043399754
    sgn_0     prod_le_sign_64  -2.0939133378544779
    sgn_0     prod_le_sign_66  -3.875230219141276
    sgn_0     prod_le_sign_68  -3.4329198782900505
    sgn_0     prod_le_sign_70  -4.3376770440976413
    sgn_0     prod_le_sign_72  -2.9879747325172801
    sgn_0     prod_le_sign_74  -4.0935075137540382
    sgn_0     prod_le_sign_76  -4.2326899980938419
    sgn_0     prod_le_sign_78  -2.2535729878667921
    sgn_0     prod_le_sign_80  -5.1985069769970167
    sgn_0     prod_le_sign_82  -3.0116639921775081
    sgn_0     prod_le_sign_84  -2.4952351384672684
    sgn_0     prod_le_sign_86  -2.0763284805841922
    sgn_0     prod_le_sign_88  -4.4185734185327039
    sgn_0     prod_le_sign_90  -2.7014419792329196
    sgn_0     prod_le_sign_92  -3.5486031187291074
    sgn_0     prod_le_sign_94  -2.5038168342503897
    sgn_0     prod_le_sign_96  -2.7493944569327584
    sgn_0     prod_le_sign_98  -3.4911100188734108
    sgn_0     prod_ge_0  -3.428596616911249
    sgn_0     prod_ge_2  -3.829396804383765
    sgn_0     prod_ge_4  -2.8940535222177957
    sgn_0     prod_ge_6  -2.6151551027551569
    sgn_0     prod_ge_8  -2.2175968282531602
    sgn_0     prod_ge_10  -2.6061325202922645
    sgn_0     prod_ge_12  -4.1859762483565266
    sgn_0     prod_ge_14  -3.5223535678183513
    sgn_0     prod_ge_16  -1.583359458654394
    sgn_0     prod_ge_18  -3.4472223133574946
    sgn_0     prod_ge_20  -2.9357993268479854
    sgn_0     prod_ge_22  -2.3354230310147597
    sgn_0     prod_ge_24  -3.6690068375418488
    sgn_0     prod_ge_26  -2.3705351452159933
    sgn_0     prod_ge_28  -3.7550055392653503
    sgn_0     prod_ge_30  -4.8663132465194892
    sgn_0     prod_ge_32  -4.5371964129885374
    sgn_0     prod_ge_34  -2.5133865066854031
    sgn_0     prod_ge_36  -3.8077500876539156
    sgn_0     prod_ge_38  -4.8928757675818844
    sgn_0     prod_ge_40  -1.5533995919859123
    sgn_0     prod_ge_42  -3.131093054764031
    sgn_0     prod_ge_44  -3.8841944108746467
    sgn_0     prod_ge_46  -2.6271448931917272
    sgn_0     prod_ge_48  -3.1867437300769028
    sgn_0     prod_ge_50  -3.94151087519452
    sgn_0     prod_ge_52  -4.2818257411287597
    sgn_0     prod_ge_54  -1.9450753179839269
    sgn_0     prod_ge_56  -4.1726648024141788
    sgn_0     prod_ge_58  -2.1233801041702867
    sgn_0     prod_ge_60  -4.0153665242222232
    sgn_0     prod_ge_62  -2.1838257043399754
    sgn_0     prod_ge_64  -2.0939133378544779
    sgn_0     prod_ge_66  -3.875230219141276
    sgn_0     prod_ge_68  -3.4329198782900505
    sgn_0     prod_ge_70  -4.3376770440976413
    sgn_0     prod_ge_72  -2.9879747325172801
    sgn_0     prod_ge_74  -4.0935075137540382
    sgn_0     prod_ge_76  -4.2326899980938419
    sgn_0     prod_ge_78  -2.2535729878667921
    sgn_0     prod_ge_80  -5.1985069769970167
    sgn_0     prod_ge_82  -3.0116639921775081
    sgn_0     prod_ge_84  -2.4952351384672684
    sgn_0     prod_ge_86  -2.0763284805841922
    sgn_0     prod_ge_88  -4.4185734185327039
    sgn_0     prod_ge_90  -2.7014419792329196
    sgn_0     prod_ge_92  -3.5486031187291074
    sgn_0     prod_ge_94  -2.5038168342503897
    sgn_0     prod_ge_96  -2.7493944569327584
    sgn_0     prod_ge_98  -3.4911100188734108
    sgn_0     symmetry_sign_0  1
    sgn_0     symmetry_bias_0  2
    sgn_1     prod_le_sign_1  -3.428596616911249
    sgn_1     prod_le_sign_3  -3.829396804383765
    sgn_1     prod_le_sign_5  -2.8940535222177957
    sgn_1     prod_le_sign_7  -2.6151551027551569
    sgn_1     prod_le_sign_9  -2.2175968282531602
    sgn_1     prod_le_sign_11  -2.6061325202922645
    sgn_1     prod_le_sign_13  -4.1859762483565266
    sgn_1     prod_le_sign_15  -3.5223535678183513
    sgn_1     prod_le_sign_17  -1.583359458654394
    sgn_1     prod_le_sign_19  -3.4472223133574946
    sgn_1     prod_le_sign_21  -2.9357993268479854
    sgn_1     prod_le_sign_23  -2.3354230310147597
    sgn_1     prod_le_sign_25  -3.6690068375418488
    sgn_1     prod_le_sign_27  -2.3705351452159933
    sgn_1     prod_le_sign_29  -3.7550055392653503
    sgn_1     prod_le_sign_31  -4.8663132465194892
    sgn_1     prod_le_sign_33  -4.5371964129885374
    sgn_1     prod_le_sign_35  -2.5133865066854031
    sgn_1     prod_le_sign_37  -3.8077500876539156
    sgn_1     prod_le_sign_39  -4.8928757675818844
    sgn_1     prod_le_sign_41  -1.5533995919859123
    sgn_1     prod_le_sign_43  -3.131093054764031
    sgn_1     prod_le_sign_45  -3.8841944108746467
    sgn_1     prod_le_sign_47  -2.6271448931917272
    sgn_1     prod_le_sign_49  -3.1867437300769028
    sgn_1     prod_le_sign_51  -3.94151087519452
    sgn_1     prod_le_sign_53  -4.2818257411287597
    sgn_1     prod_le_sign_55  -1.9450753179839269
    sgn_1     prod_le_sign_57  -4.1726648024141788
    sgn_1     prod_le_sign_59  -2.1233801041702867
    sgn_1     prod_le_sign_61  -4.0153665242222232
    sgn_1     prod_le_sign_63  -2.1838257043399754
    sgn_1     prod_le_sign_65  -2.0939133378544779
    sgn_1     prod_le_sign_67  -3.875230219141276
    sgn_1     prod_le_sign_69  -3.4329198782900505
    sgn_1     prod_le_sign_71  -4.3376770440976413
    sgn_1     prod_le_sign_73  -2.9879747325172801
    sgn_1     prod_le_sign_75  -4.0935075137540382
    sgn_1     prod_le_sign_77  -4.2326899980938419
    sgn_1     prod_le_sign_79  -2.2535729878667921
    sgn_1     prod_le_sign_81  -5.1985069769970167
    sgn_1     prod_le_sign_83  -3.0116639921775081
    sgn_1     prod_le_sign_85  -2.4952351384672684
    sgn_1     prod_le_sign_87  -2.0763284805841922
    sgn_1     prod_le_sign_89  -4.4185734185327039
    sgn_1     prod_le_sign_91  -2.7014419792329196
    sgn_1     prod_le_sign_93  -3.5486031187291074
    sgn_1     prod_le_sign_95  -2.5038168342503897
    sgn_1     prod_le_sign_97  -2.7493944569327584
    sgn_1     prod_le_sign_99  -3.4911100188734108
    sgn_1     prod_ge_1  -3.428596616911249
    sgn_1     prod_ge_3  -3.829396804383765
    sgn_1     prod_ge_5  -2.8940535222177957
    sgn_1     prod_ge_7  -2.6151551027551569
    sgn_1     prod_ge_9  -2.2175968282531602
    sgn_1     prod_ge_11  -2.6061325202922645
    sgn_1     prod_ge_13  -4.1859762483565266
    sgn_1     prod_ge_15  -3.5223535678183513
    sgn_1     prod_ge_17  -1.583359458654394
    sgn_1     prod_ge_19  -3.4472223133574946
    sgn_1     prod_ge_21  -2.9357993268479854
    sgn_1     prod_ge_23  -2.3354230310147597
    sgn_1     prod_ge_25  -3.6690068375418488
    sgn_1     prod_ge_27  -2.3705351452159933
    sgn_1     prod_ge_29  -3.7550055392653503
    sgn_1     prod_ge_31  -4.8663132465194892
    sgn_1     prod_ge_33  -4.5371964129885374
    sgn_1     prod_ge_35  -2.5133865066854031
    sgn_1     prod_ge_37  -3.8077500876539156
    sgn_1     prod_ge_39  -4.8928757675818844
    sgn_1     prod_ge_41  -1.5533995919859123
    sgn_1     prod_ge_43  -3.131093054764031
    sgn_1     prod_ge_45  -3.8841944108746467
    sgn_1     prod_ge_47  -2.6271448931917272
    sgn_1     prod_ge_49  -3.1867437300769028
    sgn_1     prod_ge_51  -3.94151087519452
    sgn_1     prod_ge_53  -4.2818257411287597
    sgn_1     prod_ge_55  -1.9450753179839269
    sgn_1     prod_ge_57  -4.1726648024141788
    sgn_1     prod_ge_59  -2.1233801041702867
    sgn_1     prod_ge_61  -4.0153665242222232
    sgn_1     prod_ge_63  -2.1838257043399754
    sgn_1     prod_ge_65  -2.0939133378544779
    sgn_1     prod_ge_67  -3.875230219141276
    sgn_1     prod_ge_69  -3.4329198782900505
    sgn_1     prod_ge_71  -4.3376770440976413
    sgn_1     prod_ge_73  -2.9879747325172801
    sgn_1     prod_ge_75  -4.0935075137540382
    sgn_1     prod_ge_77  -4.2326899980938419
    sgn_1     prod_ge_79  -2.2535729878667921
    sgn_1     prod_ge_81  -5.1985069769970167
    sgn_1     prod_ge_83  -3.0116639921775081
    sgn_1     prod_ge_85  -2.4952351384672684
    sgn_1     prod_ge_87  -2.0763284805841922
    sgn_1     prod_ge_89  -4.4185734185327039
    sgn_1     prod_ge_91  -2.7014419792329196
    sgn_1     prod_ge_93  -3.5486031187291074
    sgn_1     prod_ge_95  -2.5038168342503897
    sgn_1     prod_ge_97  -2.7493944569327584
    sgn_1     prod_ge_99  -3.4911100188734108
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
    g_30_0    prod_le_h_60  1
    g_30_0    prod_le_sign_60  1
    g_30_0    prod_ge_60  1
    g_30_0    residual_30  2
    g_30_1    prod_le_h_61  1
    g_30_1    prod_le_sign_61  1
    g_30_1    prod_ge_61  1
    g_30_1    residual_30  2
    g_31_0    prod_le_h_62  1
    g_31_0    prod_le_sign_62  1
    g_31_0    prod_ge_62  1
    g_31_0    residual_31  2
    g_31_1    prod_le_h_63  1
    g_31_1    prod_le_sign_63  1
    g_31_1    prod_ge_63  1
    g_31_1    residual_31  2
    g_32_0    prod_le_h_64  1
    g_32_0    prod_le_sign_64  1
    g_32_0    prod_ge_64  1
    g_32_0    residual_32  2
    g_32_1    prod_le_h_65  1
    g_32_1    prod_le_sign_65  1
    g_32_1    prod_ge_65  1
    g_32_1    residual_32  2
    g_33_0    prod_le_h_66  1
    g_33_0    prod_le_sign_66  1
    g_33_0    prod_ge_66  1
    g_33_0    residual_33  2
    g_33_1    prod_le_h_67  1
    g_33_1    prod_le_sign_67  1
    g_33_1    prod_ge_67  1
    g_33_1    residual_33  2
    g_34_0    prod_le_h_68  1
    g_34_0    prod_le_sign_68  1
    g_34_0    prod_ge_68  1
    g_34_0    residual_34  2
    g_34_1    prod_le_h_69  1
    g_34_1    prod_le_sign_69  1
    g_34_1    prod_ge_69  1
    g_34_1    residual_34  2
    g_35_0    prod_le_h_70  1
    g_35_0    prod_le_sign_70  1
    g_35_0    prod_ge_70  1
    g_35_0    residual_35  2
    g_35_1    prod_le_h_71  1
    g_35_1    prod_le_sign_71  1
    g_35_1    prod_ge_71  1
    g_35_1    residual_35  2
    g_36_0    prod_le_h_72  1
    g_36_0    prod_le_sign_72  1
    g_36_0    prod_ge_72  1
    g_36_0    residual_36  2
    g_36_1    prod_le_h_73  1
    g_36_1    prod_le_sign_73  1
    g_36_1    prod_ge_73  1
    g_36_1    residual_36  2
    g_37_0    prod_le_h_74  1
    g_37_0    prod_le_sign_74  1
    g_37_0    prod_ge_74  1
    g_37_0    residual_37  2
    g_37_1    prod_le_h_75  1
    g_37_1    prod_le_sign_75  1
    g_37_1    prod_ge_75  1
    g_37_1    residual_37  2
    g_38_0    prod_le_h_76  1
    g_38_0    prod_le_sign_76  1
    g_38_0    prod_ge_76  1
    g_38_0    residual_38  2
    g_38_1    prod_le_h_77  1
    g_38_1    prod_le_sign_77  1
    g_38_1    prod_ge_77  1
    g_38_1    residual_38  2
    g_39_0    prod_le_h_78  1
    g_39_0    prod_le_sign_78  1
    g_39_0    prod_ge_78  1
    g_39_0    residual_39  2
    g_39_1    prod_le_h_79  1
    g_39_1    prod_le_sign_79  1
    g_39_1    prod_ge_79  1
    g_39_1    residual_39  2
    g_40_0    prod_le_h_80  1
    g_40_0    prod_le_sign_80  1
    g_40_0    prod_ge_80  1
    g_40_0    residual_40  2
    g_40_1    prod_le_h_81  1
    g_40_1    prod_le_sign_81  1
    g_40_1    prod_ge_81  1
    g_40_1    residual_40  2
    g_41_0    prod_le_h_82  1
    g_41_0    prod_le_sign_82  1
    g_41_0    prod_ge_82  1
    g_41_0    residual_41  2
    g_41_1    prod_le_h_83  1
    g_41_1    prod_le_sign_83  1
    g_41_1    prod_ge_83  1
    g_41_1    residual_41  2
    g_42_0    prod_le_h_84  1
    g_42_0    prod_le_sign_84  1
    g_42_0    prod_ge_84  1
    g_42_0    residual_42  2
    g_42_1    prod_le_h_85  1
    g_42_1    prod_le_sign_85  1
    g_42_1    prod_ge_85  1
    g_42_1    residual_42  2
    g_43_0    prod_le_h_86  1
    g_43_0    prod_le_sign_86  1
    g_43_0    prod_ge_86  1
    g_43_0    residual_43  2
    g_43_1    prod_le_h_87  1
    g_43_1    prod_le_sign_87  1
    g_43_1    prod_ge_87  1
    g_43_1    residual_43  2
    g_44_0    prod_le_h_88  1
    g_44_0    prod_le_sign_88  1
    g_44_0    prod_ge_88  1
    g_44_0    residual_44  2
    g_44_1    prod_le_h_89  1
    g_44_1    prod_le_sign_89  1
    g_44_1    prod_ge_89  1
    g_44_1    residual_44  2
    g_45_0    prod_le_h_90  1
    g_45_0    prod_le_sign_90  1
    g_45_0    prod_ge_90  1
    g_45_0    residual_45  2
    g_45_1    prod_le_h_91  1
    g_45_1    prod_le_sign_91  1
    g_45_1    prod_ge_91  1
    g_45_1    residual_45  2
    g_46_0    prod_le_h_92  1
    g_46_0    prod_le_sign_92  1
    g_46_0    prod_ge_92  1
    g_46_0    residual_46  2
    g_46_1    prod_le_h_93  1
    g_46_1    prod_le_sign_93  1
    g_46_1    prod_ge_93  1
    g_46_1    residual_46  2
    g_47_0    prod_le_h_94  1
    g_47_0    prod_le_sign_94  1
    g_47_0    prod_ge_94  1
    g_47_0    residual_47  2
    g_47_1    prod_le_h_95  1
    g_47_1    prod_le_sign_95  1
    g_47_1    prod_ge_95  1
    g_47_1    residual_47  2
    g_48_0    prod_le_h_96  1
    g_48_0    prod_le_sign_96  1
    g_48_0    prod_ge_96  1
    g_48_0    residual_48  2
    g_48_1    prod_le_h_97  1
    g_48_1    prod_le_sign_97  1
    g_48_1    prod_ge_97  1
    g_48_1    residual_48  2
    g_49_0    prod_le_h_98  1
    g_49_0    prod_le_sign_98  1
    g_49_0    prod_ge_98  1
    g_49_0    residual_49  2
    g_49_1    prod_le_h_99  1
    g_49_1    prod_le_sign_99  1
    g_49_1    prod_ge_99  1
    g_49_1    residual_49  2
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
    r_30      residual_30  -1
    r_31      residual_31  -1
    r_32      residual_32  -1
    r_33      residual_33  -1
    r_34      residual_34  -1
    r_35      residual_35  -1
    r_36      residual_36  -1
    r_37      residual_37  -1
    r_38      residual_38  -1
    r_39      residual_39  -1
    r_40      residual_40  -1
    r_41      residual_41  -1
    r_42      residual_42  -1
    r_43      residual_43  -1
    r_44      residual_44  -1
    r_45      residual_45  -1
    r_46      residual_46  -1
    r_47      residual_47  -1
    r_48      residual_48  -1
    r_49      residual_49  -1
RHS
    RHS_V     relu_le_pre_0  3.428596616911249
    RHS_V     relu_le_pre_1  3.428596616911249
    RHS_V     relu_le_pre_2  3.829396804383765
    RHS_V     relu_le_pre_3  3.829396804383765
    RHS_V     relu_le_pre_4  2.8940535222177957
    RHS_V     relu_le_pre_5  2.8940535222177957
    RHS_V     relu_le_pre_6  2.6151551027551569
    RHS_V     relu_le_pre_7  2.6151551027551569
    RHS_V     relu_le_pre_8  2.2175968282531602
    RHS_V     relu_le_pre_9  2.2175968282531602
    RHS_V     relu_le_pre_10  2.6061325202922645
    RHS_V     relu_le_pre_11  2.6061325202922645
    RHS_V     relu_le_pre_12  4.1859762483565266
    RHS_V     relu_le_pre_13  4.1859762483565266
    RHS_V     relu_le_pre_14  3.5223535678183513
    RHS_V     relu_le_pre_15  3.5223535678183513
    RHS_V     relu_le_pre_16  1.583359458654394
    RHS_V     relu_le_pre_17  1.583359458654394
    RHS_V     relu_le_pre_18  3.4472223133574946
    RHS_V     relu_le_pre_19  3.4472223133574946
    RHS_V     relu_le_pre_20  2.9357993268479854
    RHS_V     relu_le_pre_21  2.9357993268479854
    RHS_V     relu_le_pre_22  2.3354230310147597
    RHS_V     relu_le_pre_23  2.3354230310147597
    RHS_V     relu_le_pre_24  3.6690068375418488
    RHS_V     relu_le_pre_25  3.6690068375418488
    RHS_V     relu_le_pre_26  2.3705351452159933
    RHS_V     relu_le_pre_27  2.3705351452159933
    RHS_V     relu_le_pre_28  3.7550055392653503
    RHS_V     relu_le_pre_29  3.7550055392653503
    RHS_V     relu_le_pre_30  4.8663132465194892
    RHS_V     relu_le_pre_31  4.8663132465194892
    RHS_V     relu_le_pre_32  4.5371964129885374
    RHS_V     relu_le_pre_33  4.5371964129885374
    RHS_V     relu_le_pre_34  2.5133865066854031
    RHS_V     relu_le_pre_35  2.5133865066854031
    RHS_V     relu_le_pre_36  3.8077500876539156
    RHS_V     relu_le_pre_37  3.8077500876539156
    RHS_V     relu_le_pre_38  4.8928757675818844
    RHS_V     relu_le_pre_39  4.8928757675818844
    RHS_V     relu_le_pre_40  1.5533995919859123
    RHS_V     relu_le_pre_41  1.5533995919859123
    RHS_V     relu_le_pre_42  3.131093054764031
    RHS_V     relu_le_pre_43  3.131093054764031
    RHS_V     relu_le_pre_44  3.8841944108746467
    RHS_V     relu_le_pre_45  3.8841944108746467
    RHS_V     relu_le_pre_46  2.6271448931917272
    RHS_V     relu_le_pre_47  2.6271448931917272
    RHS_V     relu_le_pre_48  3.1867437300769028
    RHS_V     relu_le_pre_49  3.1867437300769028
    RHS_V     relu_le_pre_50  3.94151087519452
    RHS_V     relu_le_pre_51  3.94151087519452
    RHS_V     relu_le_pre_52  4.2818257411287597
    RHS_V     relu_le_pre_53  4.2818257411287597
    RHS_V     relu_le_pre_54  1.9450753179839269
    RHS_V     relu_le_pre_55  1.9450753179839269
    RHS_V     relu_le_pre_56  4.1726648024141788
    RHS_V     relu_le_pre_57  4.1726648024141788
    RHS_V     relu_le_pre_58  2.1233801041702867
    RHS_V     relu_le_pre_59  2.1233801041702867
    RHS_V     relu_le_pre_60  4.0153665242222232
    RHS_V     relu_le_pre_61  4.0153665242222232
    RHS_V     relu_le_pre_62  2.1838257043399754
    RHS_V     relu_le_pre_63  2.1838257043399754
    RHS_V     relu_le_pre_64  2.0939133378544779
    RHS_V     relu_le_pre_65  2.0939133378544779
    RHS_V     relu_le_pre_66  3.875230219141276
    RHS_V     relu_le_pre_67  3.875230219141276
    RHS_V     relu_le_pre_68  3.4329198782900505
    RHS_V     relu_le_pre_69  3.4329198782900505
    RHS_V     relu_le_pre_70  4.3376770440976413
    RHS_V     relu_le_pre_71  4.3376770440976413
    RHS_V     relu_le_pre_72  2.9879747325172801
    RHS_V     relu_le_pre_73  2.9879747325172801
    RHS_V     relu_le_pre_74  4.0935075137540382
    RHS_V     relu_le_pre_75  4.0935075137540382
    RHS_V     relu_le_pre_76  4.2326899980938419
    RHS_V     relu_le_pre_77  4.2326899980938419
    RHS_V     relu_le_pre_78  2.2535729878667921
    RHS_V     relu_le_pre_79  2.2535729878667921
    RHS_V     relu_le_pre_80  5.1985069769970167
    RHS_V     relu_le_pre_81  5.1985069769970167
    RHS_V     relu_le_pre_82  3.0116639921775081
    RHS_V     relu_le_pre_83  3.0116639921775081
    RHS_V     relu_le_pre_84  2.4952351384672684
    RHS_V     relu_le_pre_85  2.4952351384672684
    RHS_V     relu_le_pre_86  2.0763284805841922
    RHS_V     relu_le_pre_87  2.0763284805841922
    RHS_V     relu_le_pre_88  4.4185734185327039
    RHS_V     relu_le_pre_89  4.4185734185327039
    RHS_V     relu_le_pre_90  2.7014419792329196
    RHS_V     relu_le_pre_91  2.7014419792329196
    RHS_V     relu_le_pre_92  3.5486031187291074
    RHS_V     relu_le_pre_93  3.5486031187291074
    RHS_V     relu_le_pre_94  2.5038168342503897
    RHS_V     relu_le_pre_95  2.5038168342503897
    RHS_V     relu_le_pre_96  2.7493944569327584
    RHS_V     relu_le_pre_97  2.7493944569327584
    RHS_V     relu_le_pre_98  3.4911100188734108
    RHS_V     relu_le_pre_99  3.4911100188734108
    RHS_V     prod_ge_0  -3.428596616911249
    RHS_V     prod_ge_1  -3.428596616911249
    RHS_V     prod_ge_2  -3.829396804383765
    RHS_V     prod_ge_3  -3.829396804383765
    RHS_V     prod_ge_4  -2.8940535222177957
    RHS_V     prod_ge_5  -2.8940535222177957
    RHS_V     prod_ge_6  -2.6151551027551569
    RHS_V     prod_ge_7  -2.6151551027551569
    RHS_V     prod_ge_8  -2.2175968282531602
    RHS_V     prod_ge_9  -2.2175968282531602
    RHS_V     prod_ge_10  -2.6061325202922645
    RHS_V     prod_ge_11  -2.6061325202922645
    RHS_V     prod_ge_12  -4.1859762483565266
    RHS_V     prod_ge_13  -4.1859762483565266
    RHS_V     prod_ge_14  -3.5223535678183513
    RHS_V     prod_ge_15  -3.5223535678183513
    RHS_V     prod_ge_16  -1.583359458654394
    RHS_V     prod_ge_17  -1.583359458654394
    RHS_V     prod_ge_18  -3.4472223133574946
    RHS_V     prod_ge_19  -3.4472223133574946
    RHS_V     prod_ge_20  -2.9357993268479854
    RHS_V     prod_ge_21  -2.9357993268479854
    RHS_V     prod_ge_22  -2.3354230310147597
    RHS_V     prod_ge_23  -2.3354230310147597
    RHS_V     prod_ge_24  -3.6690068375418488
    RHS_V     prod_ge_25  -3.6690068375418488
    RHS_V     prod_ge_26  -2.3705351452159933
    RHS_V     prod_ge_27  -2.3705351452159933
    RHS_V     prod_ge_28  -3.7550055392653503
    RHS_V     prod_ge_29  -3.7550055392653503
    RHS_V     prod_ge_30  -4.8663132465194892
    RHS_V     prod_ge_31  -4.8663132465194892
    RHS_V     prod_ge_32  -4.5371964129885374
    RHS_V     prod_ge_33  -4.5371964129885374
    RHS_V     prod_ge_34  -2.5133865066854031
    RHS_V     prod_ge_35  -2.5133865066854031
    RHS_V     prod_ge_36  -3.8077500876539156
    RHS_V     prod_ge_37  -3.8077500876539156
    RHS_V     prod_ge_38  -4.8928757675818844
    RHS_V     prod_ge_39  -4.8928757675818844
    RHS_V     prod_ge_40  -1.5533995919859123
    RHS_V     prod_ge_41  -1.5533995919859123
    RHS_V     prod_ge_42  -3.131093054764031
    RHS_V     prod_ge_43  -3.131093054764031
    RHS_V     prod_ge_44  -3.8841944108746467
    RHS_V     prod_ge_45  -3.8841944108746467
    RHS_V     prod_ge_46  -2.6271448931917272
    RHS_V     prod_ge_47  -2.6271448931917272
    RHS_V     prod_ge_48  -3.1867437300769028
    RHS_V     prod_ge_49  -3.1867437300769028
    RHS_V     prod_ge_50  -3.94151087519452
    RHS_V     prod_ge_51  -3.94151087519452
    RHS_V     prod_ge_52  -4.2818257411287597
    RHS_V     prod_ge_53  -4.2818257411287597
    RHS_V     prod_ge_54  -1.9450753179839269
    RHS_V     prod_ge_55  -1.9450753179839269
    RHS_V     prod_ge_56  -4.1726648024141788
    RHS_V     prod_ge_57  -4.1726648024141788
    RHS_V     prod_ge_58  -2.1233801041702867
    RHS_V     prod_ge_59  -2.1233801041702867
    RHS_V     prod_ge_60  -4.0153665242222232
    RHS_V     prod_ge_61  -4.0153665242222232
    RHS_V     prod_ge_62  -2.1838257043399754
    RHS_V     prod_ge_63  -2.1838257043399754
    RHS_V     prod_ge_64  -2.0939133378544779
    RHS_V     prod_ge_65  -2.0939133378544779
    RHS_V     prod_ge_66  -3.875230219141276
    RHS_V     prod_ge_67  -3.875230219141276
    RHS_V     prod_ge_68  -3.4329198782900505
    RHS_V     prod_ge_69  -3.4329198782900505
    RHS_V     prod_ge_70  -4.3376770440976413
    RHS_V     prod_ge_71  -4.3376770440976413
    RHS_V     prod_ge_72  -2.9879747325172801
    RHS_V     prod_ge_73  -2.9879747325172801
    RHS_V     prod_ge_74  -4.0935075137540382
    RHS_V     prod_ge_75  -4.0935075137540382
    RHS_V     prod_ge_76  -4.2326899980938419
    RHS_V     prod_ge_77  -4.2326899980938419
    RHS_V     prod_ge_78  -2.2535729878667921
    RHS_V     prod_ge_79  -2.2535729878667921
    RHS_V     prod_ge_80  -5.1985069769970167
    RHS_V     prod_ge_81  -5.1985069769970167
    RHS_V     prod_ge_82  -3.0116639921775081
    RHS_V     prod_ge_83  -3.0116639921775081
    RHS_V     prod_ge_84  -2.4952351384672684
    RHS_V     prod_ge_85  -2.4952351384672684
    RHS_V     prod_ge_86  -2.0763284805841922
    RHS_V     prod_ge_87  -2.0763284805841922
    RHS_V     prod_ge_88  -4.4185734185327039
    RHS_V     prod_ge_89  -4.4185734185327039
    RHS_V     prod_ge_90  -2.7014419792329196
    RHS_V     prod_ge_91  -2.7014419792329196
    RHS_V     prod_ge_92  -3.5486031187291074
    RHS_V     prod_ge_93  -3.5486031187291074
    RHS_V     prod_ge_94  -2.5038168342503897
    RHS_V     prod_ge_95  -2.5038168342503897
    RHS_V     prod_ge_96  -2.7493944569327584
    RHS_V     prod_ge_97  -2.7493944569327584
    RHS_V     prod_ge_98  -3.4911100188734108
    RHS_V     prod_ge_99  -3.4911100188734108
    RHS_V     residual_0  2.0683716931157683
    RHS_V     residual_1  -0.089801070102020264
    RHS_V     residual_2  0.681974537211683
    RHS_V     residual_3  0.84739953220513797
    RHS_V     residual_4  0.89394539256690664
    RHS_V     residual_5  0.95640530229340948
    RHS_V     residual_6  -0.14460441686770453
    RHS_V     residual_7  1.4986358425441564
    RHS_V     residual_8  0.10709677745852345
    RHS_V     residual_9  0.094680770901601694
    RHS_V     residual_10  0.067250812076135508
    RHS_V     residual_11  0.6381357297943917
    RHS_V     residual_12  0.35757917615996837
    RHS_V     residual_13  0.082392186108584245
    RHS_V     residual_14  -0.08152034083478002
    RHS_V     residual_15  0.0058040795062680823
    RHS_V     residual_16  1.6219454601778274
    RHS_V     residual_17  1.2049007745268485
    RHS_V     residual_18  0.21766245451524152
    RHS_V     residual_19  0.6119055869554082
    RHS_V     residual_20  0.24925355945258737
    RHS_V     residual_21  0.73660787315997722
    RHS_V     residual_22  -0.058484987081911688
    RHS_V     residual_23  0.51781334747446861
    RHS_V     residual_24  0.23847180329425774
    RHS_V     residual_25  0.645263514222292
    RHS_V     residual_26  -0.027031708029210649
    RHS_V     residual_27  0.17344832377450786
    RHS_V     residual_28  0.12666478292741321
    RHS_V     residual_29  0.079599186309432676
    RHS_V     residual_30  1.4584867887558346
    RHS_V     residual_31  0.58152028479710127
    RHS_V     residual_32  1.3516415919278706
    RHS_V     residual_33  -0.021916602157521205
    RHS_V     residual_34  2.1230878789459977
    RHS_V     residual_35  0.025412446967532989
    RHS_V     residual_36  -0.066829620422404298
    RHS_V     residual_37  0.22097264899548341
    RHS_V     residual_38  -0.016705165222403642
    RHS_V     residual_39  0.18160583135654609
    RHS_V     residual_40  -0.16757958326453504
    RHS_V     residual_41  0.70905608907179896
    RHS_V     residual_42  0.63299197265007967
    RHS_V     residual_43  0.45674008313079362
    RHS_V     residual_44  3.2136752477009201
    RHS_V     residual_45  0.94910586759701232
    RHS_V     residual_46  0.61004682684901435
    RHS_V     residual_47  0.060229717481453962
    RHS_V     residual_48  -0.077628481557656601
    RHS_V     residual_49  -0.02918649313563601
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
 UP BOUND     h_0_0     3.428596616911249
 UP BOUND     h_0_1     3.428596616911249
 UP BOUND     h_1_0     3.829396804383765
 UP BOUND     h_1_1     3.829396804383765
 UP BOUND     h_2_0     2.8940535222177957
 UP BOUND     h_2_1     2.8940535222177957
 UP BOUND     h_3_0     2.6151551027551569
 UP BOUND     h_3_1     2.6151551027551569
 UP BOUND     h_4_0     2.2175968282531602
 UP BOUND     h_4_1     2.2175968282531602
 UP BOUND     h_5_0     2.6061325202922645
 UP BOUND     h_5_1     2.6061325202922645
 UP BOUND     h_6_0     4.1859762483565266
 UP BOUND     h_6_1     4.1859762483565266
 UP BOUND     h_7_0     3.5223535678183513
 UP BOUND     h_7_1     3.5223535678183513
 UP BOUND     h_8_0     1.583359458654394
 UP BOUND     h_8_1     1.583359458654394
 UP BOUND     h_9_0     3.4472223133574946
 UP BOUND     h_9_1     3.4472223133574946
 UP BOUND     h_10_0    2.9357993268479854
 UP BOUND     h_10_1    2.9357993268479854
 UP BOUND     h_11_0    2.3354230310147597
 UP BOUND     h_11_1    2.3354230310147597
 UP BOUND     h_12_0    3.6690068375418488
 UP BOUND     h_12_1    3.6690068375418488
 UP BOUND     h_13_0    2.3705351452159933
 UP BOUND     h_13_1    2.3705351452159933
 UP BOUND     h_14_0    3.7550055392653503
 UP BOUND     h_14_1    3.7550055392653503
 UP BOUND     h_15_0    4.8663132465194892
 UP BOUND     h_15_1    4.8663132465194892
 UP BOUND     h_16_0    4.5371964129885374
 UP BOUND     h_16_1    4.5371964129885374
 UP BOUND     h_17_0    2.5133865066854031
 UP BOUND     h_17_1    2.5133865066854031
 UP BOUND     h_18_0    3.8077500876539156
 UP BOUND     h_18_1    3.8077500876539156
 UP BOUND     h_19_0    4.8928757675818844
 UP BOUND     h_19_1    4.8928757675818844
 UP BOUND     h_20_0    1.5533995919859123
 UP BOUND     h_20_1    1.5533995919859123
 UP BOUND     h_21_0    3.131093054764031
 UP BOUND     h_21_1    3.131093054764031
 UP BOUND     h_22_0    3.8841944108746467
 UP BOUND     h_22_1    3.8841944108746467
 UP BOUND     h_23_0    2.6271448931917272
 UP BOUND     h_23_1    2.6271448931917272
 UP BOUND     h_24_0    3.1867437300769028
 UP BOUND     h_24_1    3.1867437300769028
 UP BOUND     h_25_0    3.94151087519452
 UP BOUND     h_25_1    3.94151087519452
 UP BOUND     h_26_0    4.2818257411287597
 UP BOUND     h_26_1    4.2818257411287597
 UP BOUND     h_27_0    1.9450753179839269
 UP BOUND     h_27_1    1.9450753179839269
 UP BOUND     h_28_0    4.1726648024141788
 UP BOUND     h_28_1    4.1726648024141788
 UP BOUND     h_29_0    2.1233801041702867
 UP BOUND     h_29_1    2.1233801041702867
 UP BOUND     h_30_0    4.0153665242222232
 UP BOUND     h_30_1    4.0153665242222232
 UP BOUND     h_31_0    2.1838257043399754
 UP BOUND     h_31_1    2.1838257043399754
 UP BOUND     h_32_0    2.0939133378544779
 UP BOUND     h_32_1    2.0939133378544779
 UP BOUND     h_33_0    3.875230219141276
 UP BOUND     h_33_1    3.875230219141276
 UP BOUND     h_34_0    3.4329198782900505
 UP BOUND     h_34_1    3.4329198782900505
 UP BOUND     h_35_0    4.3376770440976413
 UP BOUND     h_35_1    4.3376770440976413
 UP BOUND     h_36_0    2.9879747325172801
 UP BOUND     h_36_1    2.9879747325172801
 UP BOUND     h_37_0    4.0935075137540382
 UP BOUND     h_37_1    4.0935075137540382
 UP BOUND     h_38_0    4.2326899980938419
 UP BOUND     h_38_1    4.2326899980938419
 UP BOUND     h_39_0    2.2535729878667921
 UP BOUND     h_39_1    2.2535729878667921
 UP BOUND     h_40_0    5.1985069769970167
 UP BOUND     h_40_1    5.1985069769970167
 UP BOUND     h_41_0    3.0116639921775081
 UP BOUND     h_41_1    3.0116639921775081
 UP BOUND     h_42_0    2.4952351384672684
 UP BOUND     h_42_1    2.4952351384672684
 UP BOUND     h_43_0    2.0763284805841922
 UP BOUND     h_43_1    2.0763284805841922
 UP BOUND     h_44_0    4.4185734185327039
 UP BOUND     h_44_1    4.4185734185327039
 UP BOUND     h_45_0    2.7014419792329196
 UP BOUND     h_45_1    2.7014419792329196
 UP BOUND     h_46_0    3.5486031187291074
 UP BOUND     h_46_1    3.5486031187291074
 UP BOUND     h_47_0    2.5038168342503897
 UP BOUND     h_47_1    2.5038168342503897
 UP BOUND     h_48_0    2.7493944569327584
 UP BOUND     h_48_1    2.7493944569327584
 UP BOUND     h_49_0    3.4911100188734108
 UP BOUND     h_49_1    3.4911100188734108
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
 BV BOUND     z_30_0  
 BV BOUND     z_30_1  
 BV BOUND     z_31_0  
 BV BOUND     z_31_1  
 BV BOUND     z_32_0  
 BV BOUND     z_32_1  
 BV BOUND     z_33_0  
 BV BOUND     z_33_1  
 BV BOUND     z_34_0  
 BV BOUND     z_34_1  
 BV BOUND     z_35_0  
 BV BOUND     z_35_1  
 BV BOUND     z_36_0  
 BV BOUND     z_36_1  
 BV BOUND     z_37_0  
 BV BOUND     z_37_1  
 BV BOUND     z_38_0  
 BV BOUND     z_38_1  
 BV BOUND     z_39_0  
 BV BOUND     z_39_1  
 BV BOUND     z_40_0  
 BV BOUND     z_40_1  
 BV BOUND     z_41_0  
 BV BOUND     z_41_1  
 BV BOUND     z_42_0  
 BV BOUND     z_42_1  
 BV BOUND     z_43_0  
 BV BOUND     z_43_1  
 BV BOUND     z_44_0  
 BV BOUND     z_44_1  
 BV BOUND     z_45_0  
 BV BOUND     z_45_1  
 BV BOUND     z_46_0  
 BV BOUND     z_46_1  
 BV BOUND     z_47_0  
 BV BOUND     z_47_1  
 BV BOUND     z_48_0  
 BV BOUND     z_48_1  
 BV BOUND     z_49_0  
 BV BOUND     z_49_1  
 BV BOUND     sgn_0   
 BV BOUND     sgn_1   
 UP BOUND     g_0_0     3.428596616911249
 UP BOUND     g_0_1     3.428596616911249
 UP BOUND     g_1_0     3.829396804383765
 UP BOUND     g_1_1     3.829396804383765
 UP BOUND     g_2_0     2.8940535222177957
 UP BOUND     g_2_1     2.8940535222177957
 UP BOUND     g_3_0     2.6151551027551569
 UP BOUND     g_3_1     2.6151551027551569
 UP BOUND     g_4_0     2.2175968282531602
 UP BOUND     g_4_1     2.2175968282531602
 UP BOUND     g_5_0     2.6061325202922645
 UP BOUND     g_5_1     2.6061325202922645
 UP BOUND     g_6_0     4.1859762483565266
 UP BOUND     g_6_1     4.1859762483565266
 UP BOUND     g_7_0     3.5223535678183513
 UP BOUND     g_7_1     3.5223535678183513
 UP BOUND     g_8_0     1.583359458654394
 UP BOUND     g_8_1     1.583359458654394
 UP BOUND     g_9_0     3.4472223133574946
 UP BOUND     g_9_1     3.4472223133574946
 UP BOUND     g_10_0    2.9357993268479854
 UP BOUND     g_10_1    2.9357993268479854
 UP BOUND     g_11_0    2.3354230310147597
 UP BOUND     g_11_1    2.3354230310147597
 UP BOUND     g_12_0    3.6690068375418488
 UP BOUND     g_12_1    3.6690068375418488
 UP BOUND     g_13_0    2.3705351452159933
 UP BOUND     g_13_1    2.3705351452159933
 UP BOUND     g_14_0    3.7550055392653503
 UP BOUND     g_14_1    3.7550055392653503
 UP BOUND     g_15_0    4.8663132465194892
 UP BOUND     g_15_1    4.8663132465194892
 UP BOUND     g_16_0    4.5371964129885374
 UP BOUND     g_16_1    4.5371964129885374
 UP BOUND     g_17_0    2.5133865066854031
 UP BOUND     g_17_1    2.5133865066854031
 UP BOUND     g_18_0    3.8077500876539156
 UP BOUND     g_18_1    3.8077500876539156
 UP BOUND     g_19_0    4.8928757675818844
 UP BOUND     g_19_1    4.8928757675818844
 UP BOUND     g_20_0    1.5533995919859123
 UP BOUND     g_20_1    1.5533995919859123
 UP BOUND     g_21_0    3.131093054764031
 UP BOUND     g_21_1    3.131093054764031
 UP BOUND     g_22_0    3.8841944108746467
 UP BOUND     g_22_1    3.8841944108746467
 UP BOUND     g_23_0    2.6271448931917272
 UP BOUND     g_23_1    2.6271448931917272
 UP BOUND     g_24_0    3.1867437300769028
 UP BOUND     g_24_1    3.1867437300769028
 UP BOUND     g_25_0    3.94151087519452
 UP BOUND     g_25_1    3.94151087519452
 UP BOUND     g_26_0    4.2818257411287597
 UP BOUND     g_26_1    4.2818257411287597
 UP BOUND     g_27_0    1.9450753179839269
 UP BOUND     g_27_1    1.9450753179839269
 UP BOUND     g_28_0    4.1726648024141788
 UP BOUND     g_28_1    4.1726648024141788
 UP BOUND     g_29_0    2.1233801041702867
 UP BOUND     g_29_1    2.1233801041702867
 UP BOUND     g_30_0    4.0153665242222232
 UP BOUND     g_30_1    4.0153665242222232
 UP BOUND     g_31_0    2.1838257043399754
 UP BOUND     g_31_1    2.1838257043399754
 UP BOUND     g_32_0    2.0939133378544779
 UP BOUND     g_32_1    2.0939133378544779
 UP BOUND     g_33_0    3.875230219141276
 UP BOUND     g_33_1    3.875230219141276
 UP BOUND     g_34_0    3.4329198782900505
 UP BOUND     g_34_1    3.4329198782900505
 UP BOUND     g_35_0    4.3376770440976413
 UP BOUND     g_35_1    4.3376770440976413
 UP BOUND     g_36_0    2.9879747325172801
 UP BOUND     g_36_1    2.9879747325172801
 UP BOUND     g_37_0    4.0935075137540382
 UP BOUND     g_37_1    4.0935075137540382
 UP BOUND     g_38_0    4.2326899980938419
 UP BOUND     g_38_1    4.2326899980938419
 UP BOUND     g_39_0    2.2535729878667921
 UP BOUND     g_39_1    2.2535729878667921
 UP BOUND     g_40_0    5.1985069769970167
 UP BOUND     g_40_1    5.1985069769970167
 UP BOUND     g_41_0    3.0116639921775081
 UP BOUND     g_41_1    3.0116639921775081
 UP BOUND     g_42_0    2.4952351384672684
 UP BOUND     g_42_1    2.4952351384672684
 UP BOUND     g_43_0    2.0763284805841922
 UP BOUND     g_43_1    2.0763284805841922
 UP BOUND     g_44_0    4.4185734185327039
 UP BOUND     g_44_1    4.4185734185327039
 UP BOUND     g_45_0    2.7014419792329196
 UP BOUND     g_45_1    2.7014419792329196
 UP BOUND     g_46_0    3.5486031187291074
 UP BOUND     g_46_1    3.5486031187291074
 UP BOUND     g_47_0    2.5038168342503897
 UP BOUND     g_47_1    2.5038168342503897
 UP BOUND     g_48_0    2.7493944569327584
 UP BOUND     g_48_1    2.7493944569327584
 UP BOUND     g_49_0    3.4911100188734108
 UP BOUND     g_49_1    3.4911100188734108
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
 FR BOUND     r_30    
 FR BOUND     r_31    
 FR BOUND     r_32    
 FR BOUND     r_33    
 FR BOUND     r_34    
 FR BOUND     r_35    
 FR BOUND     r_36    
 FR BOUND     r_37    
 FR BOUND     r_38    
 FR BOUND     r_39    
 FR BOUND     r_40    
 FR BOUND     r_41    
 FR BOUND     r_42    
 FR BOUND     r_43    
 FR BOUND     r_44    
 FR BOUND     r_45    
 FR BOUND     r_46    
 FR BOUND     r_47    
 FR BOUND     r_48    
 FR BOUND     r_49    
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
    r_30      r_30      2
    r_31      r_31      2
    r_32      r_32      2
    r_33      r_33      2
    r_34      r_34      2
    r_35      r_35      2
    r_36      r_36      2
    r_37      r_37      2
    r_38      r_38      2
    r_39      r_39      2
    r_40      r_40      2
    r_41      r_41      2
    r_42      r_42      2
    r_43      r_43      2
    r_44      r_44      2
    r_45      r_45      2
    r_46      r_46      2
    r_47      r_47      2
    r_48      r_48      2
    r_49      r_49      2
ENDATA
