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
 E  residual_50
 E  residual_51
 E  residual_52
 E  residual_53
 E  residual_54
 E  residual_55
 E  residual_56
 E  residual_57
 E  residual_58
 E  residual_59
 E  residual_60
 E  residual_61
 E  residual_62
 E  residual_63
 E  residual_64
 E  residual_65
 E  residual_66
 E  residual_67
 E  residual_68
 E  residual_69
 E  residual_70
 E  residual_71
 E  residual_72
 E  residual_73
 E  residual_74
 E  residual_75
 E  residual_76
 E  residual_77
 E  residual_78
 E  residual_79
 E  residual_80
 E  residual_81
 E  residual_82
 E  residual_83
 E  residual_84
 E  residual_85
 E  residual_86
 E  residual_87
 E  residual_88
 E  residual_89
 E  residual_90
 E  residual_91
 E  residual_92
 E  residual_93
 E  residual_94
 E  residual_95
 E  residual_96
 E  residual_97
 E  residual_98
 E  residual_99
COLUMNS
    W_0_0     relu_ge_pre_0  -0.45712105362358924
    W_0_0     relu_ge_pre_1  0.4500612641879238
    W_0_0     relu_ge_pre_2  0.69987547338932776
    W_0_0     relu_ge_pre_3  0.15443065345974438
    W_0_0     relu_ge_pre_4  -0.36612964461925057
    W_0_0     relu_ge_pre_5  0.30807866885653379
    W_0_0     relu_ge_pre_6  -0.5511278849453789
    W_0_0     relu_ge_pre_7  0.058180229168484976
    W_0_0     relu_ge_pre_8  0.79091288313411701
    W_0_0     relu_ge_pre_9  -0.3596229229691672
    W_0_0     relu_ge_pre_10  0.18691520464892708
    W_0_0     relu_ge_pre_11  -0.72423596981525629
    W_0_0     relu_ge_pre_12  -0.22743387680517446
    W_0_0     relu_ge_pre_13  -0.38503626365994692
    W_0_0     relu_ge_pre_14  0.56755321796197111
    W_0_0     relu_ge_pre_15  -0.40389895277197896
    W_0_0     relu_ge_pre_16  -0.67036640938455938
    W_0_0     relu_ge_pre_17  -0.18412402215672929
    W_0_0     relu_ge_pre_18  0.60766017606345613
    W_0_0     relu_ge_pre_19  -0.20761103452487717
    W_0_0     relu_ge_pre_20  -0.66599392837684102
    W_0_0     relu_ge_pre_21  0.023002853832061243
    W_0_0     relu_ge_pre_22  -0.8746862874579362
    W_0_0     relu_ge_pre_23  -0.2345442734105665
    W_0_0     relu_ge_pre_24  0.54674787328172658
    W_0_0     relu_ge_pre_25  0.91597642186262784
    W_0_0     relu_ge_pre_26  -0.56912971485999964
    W_0_0     relu_ge_pre_27  0.98038930190687235
    W_0_0     relu_ge_pre_28  0.88508964245036115
    W_0_0     relu_ge_pre_29  0.36321400187264796
    W_0_0     relu_ge_pre_30  0.26792188547572349
    W_0_0     relu_ge_pre_31  0.70407423941956293
    W_0_0     relu_ge_pre_32  0.39539326738026737
    W_0_0     relu_ge_pre_33  -0.81926602016883976
    W_0_0     relu_ge_pre_34  0.58188056169004176
    W_0_0     relu_ge_pre_35  0.87195153735123765
    W_0_0     relu_ge_pre_36  -0.3373815171003467
    W_0_0     relu_ge_pre_37  -0.58751083083651534
    W_0_0     relu_ge_pre_38  -0.22925589830231363
    W_0_0     relu_ge_pre_39  -0.24150816913258177
    W_0_0     relu_ge_pre_40  -0.6091701311974993
    W_0_0     relu_ge_pre_41  -0.58490220810888949
    W_0_0     relu_ge_pre_42  -0.21031833085207174
    W_0_0     relu_ge_pre_43  -0.76538530568540075
    W_0_0     relu_ge_pre_44  0.61481004924195992
    W_0_0     relu_ge_pre_45  0.78903904626658616
    W_0_0     relu_ge_pre_46  -0.34180863007165474
    W_0_0     relu_ge_pre_47  0.068811376956503079
    W_0_0     relu_ge_pre_48  -0.9355696603274597
    W_0_0     relu_ge_pre_49  -0.28156371900386157
    W_0_0     relu_ge_pre_50  0.82616779970449317
    W_0_0     relu_ge_pre_51  -0.25295147184936551
    W_0_0     relu_ge_pre_52  0.51749958018514808
    W_0_0     relu_ge_pre_53  -0.13765629537823609
    W_0_0     relu_ge_pre_54  -0.47688510133925832
    W_0_0     relu_ge_pre_55  0.48107674894824415
    W_0_0     relu_ge_pre_56  -0.30220677045693822
    W_0_0     relu_ge_pre_57  -0.035895364440269528
    W_0_0     relu_ge_pre_58  -0.82748768178803478
    W_0_0     relu_ge_pre_59  0.77647002376178564
    W_0_0     relu_ge_pre_60  -0.65863899692936934
    W_0_0     relu_ge_pre_61  -0.57850728774315163
    W_0_0     relu_ge_pre_62  0.45922905348119869
    W_0_0     relu_ge_pre_63  0.84793359991046668
    W_0_0     relu_ge_pre_64  -0.39918892631524816
    W_0_0     relu_ge_pre_65  -0.78306630774269936
    W_0_0     relu_ge_pre_66  0.2899011059195109
    W_0_0     relu_ge_pre_67  0.63673934597714954
    W_0_0     relu_ge_pre_68  0.43373849432829648
    W_0_0     relu_ge_pre_69  -0.34251332239786114
    W_0_0     relu_ge_pre_70  0.97647239682437958
    W_0_0     relu_ge_pre_71  0.65954383316401777
    W_0_0     relu_ge_pre_72  -0.19513913629948321
    W_0_0     relu_ge_pre_73  -0.97570567989193924
    W_0_0     relu_ge_pre_74  0.12826171257253693
    W_0_0     relu_ge_pre_75  0.66254325248788626
    W_0_0     relu_ge_pre_76  0.69852201726008945
    W_0_0     relu_ge_pre_77  0.014567040267795761
    W_0_0     relu_ge_pre_78  0.15110644468804391
    W_0_0     relu_ge_pre_79  0.293415787052834
    W_0_0     relu_ge_pre_80  -0.87979879803196837
    W_0_0     relu_ge_pre_81  0.48589787819795904
    W_0_0     relu_ge_pre_82  0.38640228666316001
    W_0_0     relu_ge_pre_83  0.44566006508200373
    W_0_0     relu_ge_pre_84  -0.46736483234658732
    W_0_0     relu_ge_pre_85  0.353507823671384
    W_0_0     relu_ge_pre_86  0.63950527478257779
    W_0_0     relu_ge_pre_87  -0.51117127433577458
    W_0_0     relu_ge_pre_88  0.56552779560648636
    W_0_0     relu_ge_pre_89  -0.55812770559402702
    W_0_0     relu_ge_pre_90  -0.69388155708317334
    W_0_0     relu_ge_pre_91  0.48515516733730801
    W_0_0     relu_ge_pre_92  -0.78713324359855918
    W_0_0     relu_ge_pre_93  0.78181964215916744
    W_0_0     relu_ge_pre_94  -0.41886958604463631
    W_0_0     relu_ge_pre_95  0.85910187892423684
    W_0_0     relu_ge_pre_96  0.78817721617695002
    W_0_0     relu_ge_pre_97  0.6690309997266366
    W_0_0     relu_ge_pre_98  -0.37331403907944294
    W_0_0     relu_ge_pre_99  -0.45691495096324042
    W_0_0     relu_le_pre_0  -0.45712105362358924
    W_0_0     relu_le_pre_1  0.4500612641879238
    W_0_0     relu_le_pre_2  0.69987547338932776
    W_0_0     relu_le_pre_3  0.15443065345974438
    W_0_0     relu_le_pre_4  -0.36612964461925057
    W_0_0     relu_le_pre_5  0.30807866885653379
    W_0_0     relu_le_pre_6  -0.5511278849453789
    W_0_0     relu_le_pre_7  0.058180229168484976
    W_0_0     relu_le_pre_8  0.79091288313411701
    W_0_0     relu_le_pre_9  -0.3596229229691672
    W_0_0     relu_le_pre_10  0.18691520464892708
    W_0_0     relu_le_pre_11  -0.72423596981525629
    W_0_0     relu_le_pre_12  -0.22743387680517446
    W_0_0     relu_le_pre_13  -0.38503626365994692
    W_0_0     relu_le_pre_14  0.56755321796197111
    W_0_0     relu_le_pre_15  -0.40389895277197896
    W_0_0     relu_le_pre_16  -0.67036640938455938
    W_0_0     relu_le_pre_17  -0.18412402215672929
    W_0_0     relu_le_pre_18  0.60766017606345613
    W_0_0     relu_le_pre_19  -0.20761103452487717
    W_0_0     relu_le_pre_20  -0.66599392837684102
    W_0_0     relu_le_pre_21  0.023002853832061243
    W_0_0     relu_le_pre_22  -0.8746862874579362
    W_0_0     relu_le_pre_23  -0.2345442734105665
    W_0_0     relu_le_pre_24  0.54674787328172658
    W_0_0     relu_le_pre_25  0.91597642186262784
    W_0_0     relu_le_pre_26  -0.56912971485999964
    W_0_0     relu_le_pre_27  0.98038930190687235
    W_0_0     relu_le_pre_28  0.88508964245036115
    W_0_0     relu_le_pre_29  0.36321400187264796
    W_0_0     relu_le_pre_30  0.26792188547572349
    W_0_0     relu_le_pre_31  0.70407423941956293
    W_0_0     relu_le_pre_32  0.39539326738026737
    W_0_0     relu_le_pre_33  -0.81926602016883976
    W_0_0     relu_le_pre_34  0.58188056169004176
    W_0_0     relu_le_pre_35  0.87195153735123765
    W_0_0     relu_le_pre_36  -0.3373815171003467
    W_0_0     relu_le_pre_37  -0.58751083083651534
    W_0_0     relu_le_pre_38  -0.22925589830231363
    W_0_0     relu_le_pre_39  -0.24150816913258177
    W_0_0     relu_le_pre_40  -0.6091701311974993
    W_0_0     relu_le_pre_41  -0.58490220810888949
    W_0_0     relu_le_pre_42  -0.21031833085207174
    W_0_0     relu_le_pre_43  -0.76538530568540075
    W_0_0     relu_le_pre_44  0.61481004924195992
    W_0_0     relu_le_pre_45  0.78903904626658616
    W_0_0     relu_le_pre_46  -0.34180863007165474
    W_0_0     relu_le_pre_47  0.068811376956503079
    W_0_0     relu_le_pre_48  -0.9355696603274597
    W_0_0     relu_le_pre_49  -0.28156371900386157
    W_0_0     relu_le_pre_50  0.82616779970449317
    W_0_0     relu_le_pre_51  -0.25295147184936551
    W_0_0     relu_le_pre_52  0.51749958018514808
    W_0_0     relu_le_pre_53  -0.13765629537823609
    W_0_0     relu_le_pre_54  -0.47688510133925832
    W_0_0     relu_le_pre_55  0.48107674894824415
    W_0_0     relu_le_pre_56  -0.30220677045693822
    W_0_0     relu_le_pre_57  -0.035895364440269528
    W_0_0     relu_le_pre_58  -0.82748768178803478
    W_0_0     relu_le_pre_59  0.77647002376178564
    W_0_0     relu_le_pre_60  -0.65863899692936934
    W_0_0     relu_le_pre_61  -0.57850728774315163
    W_0_0     relu_le_pre_62  0.45922905348119869
    W_0_0     relu_le_pre_63  0.84793359991046668
    W_0_0     relu_le_pre_64  -0.39918892631524816
    W_0_0     relu_le_pre_65  -0.78306630774269936
    W_0_0     relu_le_pre_66  0.2899011059195109
    W_0_0     relu_le_pre_67  0.63673934597714954
    W_0_0     relu_le_pre_68  0.43373849432829648
    W_0_0     relu_le_pre_69  -0.34251332239786114
    W_0_0     relu_le_pre_70  0.97647239682437958
    W_0_0     relu_le_pre_71  0.65954383316401777
    W_0_0     relu_le_pre_72  -0.19513913629948321
    W_0_0     relu_le_pre_73  -0.97570567989193924
    W_0_0     relu_le_pre_74  0.12826171257253693
    W_0_0     relu_le_pre_75  0.66254325248788626
    W_0_0     relu_le_pre_76  0.69852201726008945
    W_0_0     relu_le_pre_77  0.014567040267795761
    W_0_0     relu_le_pre_78  0.15110644468804391
    W_0_0     relu_le_pre_79  0.293415787052834
    W_0_0     relu_le_pre_80  -0.87979879803196837
    W_0_0     relu_le_pre_81  0.48589787819795904
    W_0_0     relu_le_pre_82  0.38640228666316001
    W_0_0     relu_le_pre_83  0.44566006508200373
    W_0_0     relu_le_pre_84  -0.46736483234658732
    W_0_0     relu_le_pre_85  0.353507823671384
    W_0_0     relu_le_pre_86  0.63950527478257779
    W_0_0     relu_le_pre_87  -0.51117127433577458
    W_0_0     relu_le_pre_88  0.56552779560648636
    W_0_0     relu_le_pre_89  -0.55812770559402702
    W_0_0     relu_le_pre_90  -0.69388155708317334
    W_0_0     relu_le_pre_91  0.48515516733730801
    W_0_0     relu_le_pre_92  -0.78713324359855918
    W_0_0     relu_le_pre_93  0.78181964215916744
    W_0_0     relu_le_pre_94  -0.41886958604463631
    W_0_0     relu_le_pre_95  0.85910187892423684
    W_0_0     relu_le_pre_96  0.78817721617695002
    W_0_0     relu_le_pre_97  0.6690309997266366
    W_0_0     relu_le_pre_98  -0.37331403907944294
    W_0_0     relu_le_pre_99  -0.45691495096324042
    W_0_1     relu_ge_pre_0  0.62419785326679311
    W_0_1     relu_ge_pre_1  -0.31486602975118516
    W_0_1     relu_ge_pre_2  0.13473841839042566
    W_0_1     relu_ge_pre_3  -0.26636879854823281
    W_0_1     relu_ge_pre_4  0.21675033383994768
    W_0_1     relu_ge_pre_5  -0.022131947139154118
    W_0_1     relu_ge_pre_6  0.36370679876925127
    W_0_1     relu_ge_pre_7  -0.38751768440446011
    W_0_1     relu_ge_pre_8  0.59618510494109933
    W_0_1     relu_ge_pre_9  -0.69847264722886915
    W_0_1     relu_ge_pre_10  -0.033156388249993451
    W_0_1     relu_ge_pre_11  0.12362766768175004
    W_0_1     relu_ge_pre_12  -0.65871225161316294
    W_0_1     relu_ge_pre_13  0.32194925070137992
    W_0_1     relu_ge_pre_14  0.79859279596304633
    W_0_1     relu_ge_pre_15  0.087138758236887881
    W_0_1     relu_ge_pre_16  0.22980973103836688
    W_0_1     relu_ge_pre_17  -0.53176662843059619
    W_0_1     relu_ge_pre_18  0.65644596983633097
    W_0_1     relu_ge_pre_19  0.77473428977736347
    W_0_1     relu_ge_pre_20  0.80117776413471842
    W_0_1     relu_ge_pre_21  -0.24054481676712469
    W_0_1     relu_ge_pre_22  -0.50079318872655132
    W_0_1     relu_ge_pre_23  -0.013102983213960417
    W_0_1     relu_ge_pre_24  -0.37805427429713667
    W_0_1     relu_ge_pre_25  0.40770000043253263
    W_0_1     relu_ge_pre_26  0.9743378129392235
    W_0_1     relu_ge_pre_27  -0.65493388595615576
    W_0_1     relu_ge_pre_28  -0.96376668639019725
    W_0_1     relu_ge_pre_29  0.90197322087381582
    W_0_1     relu_ge_pre_30  -0.046961576110928327
    W_0_1     relu_ge_pre_31  0.58022694850318746
    W_0_1     relu_ge_pre_32  -0.22665535298079775
    W_0_1     relu_ge_pre_33  -0.92373991639615305
    W_0_1     relu_ge_pre_34  -0.12604636651181567
    W_0_1     relu_ge_pre_35  0.63039463114024064
    W_0_1     relu_ge_pre_36  -0.80665585397762318
    W_0_1     relu_ge_pre_37  0.89453571324689785
    W_0_1     relu_ge_pre_38  0.82776836959709987
    W_0_1     relu_ge_pre_39  0.22871976623272094
    W_0_1     relu_ge_pre_40  -0.6480619548295572
    W_0_1     relu_ge_pre_41  0.18799014181389118
    W_0_1     relu_ge_pre_42  -0.93539596537363656
    W_0_1     relu_ge_pre_43  -0.11875437508975306
    W_0_1     relu_ge_pre_44  -0.097382751981986315
    W_0_1     relu_ge_pre_45  0.99362645876376576
    W_0_1     relu_ge_pre_46  0.58995653666698544
    W_0_1     relu_ge_pre_47  -0.63657450653894698
    W_0_1     relu_ge_pre_48  -0.88782153285417387
    W_0_1     relu_ge_pre_49  0.27980493446782795
    W_0_1     relu_ge_pre_50  0.060068239587146133
    W_0_1     relu_ge_pre_51  -0.38559094834312635
    W_0_1     relu_ge_pre_52  0.69361136533362733
    W_0_1     relu_ge_pre_53  -0.92105752184110945
    W_0_1     relu_ge_pre_54  -0.94543410762124735
    W_0_1     relu_ge_pre_55  0.1549183248621957
    W_0_1     relu_ge_pre_56  -0.90342784163907175
    W_0_1     relu_ge_pre_57  -0.35515619759647432
    W_0_1     relu_ge_pre_58  -0.47379597240291682
    W_0_1     relu_ge_pre_59  0.60847299300658109
    W_0_1     relu_ge_pre_60  -0.92563732361163287
    W_0_1     relu_ge_pre_61  -0.4556623970559488
    W_0_1     relu_ge_pre_62  -0.42955436663317137
    W_0_1     relu_ge_pre_63  -0.49040812540654799
    W_0_1     relu_ge_pre_64  0.43307507059526906
    W_0_1     relu_ge_pre_65  0.51318424199957424
    W_0_1     relu_ge_pre_66  0.61923822624602365
    W_0_1     relu_ge_pre_67  -0.59801498331713998
    W_0_1     relu_ge_pre_68  -0.94620999052803234
    W_0_1     relu_ge_pre_69  -0.46644745296850831
    W_0_1     relu_ge_pre_70  -0.78523175326627515
    W_0_1     relu_ge_pre_71  0.69278957775229411
    W_0_1     relu_ge_pre_72  -0.97796525471495221
    W_0_1     relu_ge_pre_73  0.50886116952514526
    W_0_1     relu_ge_pre_74  0.53719540852423919
    W_0_1     relu_ge_pre_75  0.28309654242758664
    W_0_1     relu_ge_pre_76  0.9106970296602539
    W_0_1     relu_ge_pre_77  0.5128939938002115
    W_0_1     relu_ge_pre_78  -0.31830644741017489
    W_0_1     relu_ge_pre_79  -0.29030306534977823
    W_0_1     relu_ge_pre_80  -0.23538496096423822
    W_0_1     relu_ge_pre_81  0.68169727877292541
    W_0_1     relu_ge_pre_82  -0.64614088632600142
    W_0_1     relu_ge_pre_83  0.16184827846492755
    W_0_1     relu_ge_pre_84  0.88243750597940229
    W_0_1     relu_ge_pre_85  0.63696096264101043
    W_0_1     relu_ge_pre_86  0.39903731381654439
    W_0_1     relu_ge_pre_87  0.27227396675509929
    W_0_1     relu_ge_pre_88  0.95639961057223033
    W_0_1     relu_ge_pre_89  -0.67489156092999059
    W_0_1     relu_ge_pre_90  0.89930214825257693
    W_0_1     relu_ge_pre_91  0.12184462259883744
    W_0_1     relu_ge_pre_92  0.39565066899238333
    W_0_1     relu_ge_pre_93  0.14033798774065875
    W_0_1     relu_ge_pre_94  0.30995546041377309
    W_0_1     relu_ge_pre_95  0.37793708266890547
    W_0_1     relu_ge_pre_96  0.0749286564896674
    W_0_1     relu_ge_pre_97  0.75736897478288001
    W_0_1     relu_ge_pre_98  0.24108779941565506
    W_0_1     relu_ge_pre_99  -0.20791229923903631
    W_0_1     relu_le_pre_0  0.62419785326679311
    W_0_1     relu_le_pre_1  -0.31486602975118516
    W_0_1     relu_le_pre_2  0.13473841839042566
    W_0_1     relu_le_pre_3  -0.26636879854823281
    W_0_1     relu_le_pre_4  0.21675033383994768
    W_0_1     relu_le_pre_5  -0.022131947139154118
    W_0_1     relu_le_pre_6  0.36370679876925127
    W_0_1     relu_le_pre_7  -0.38751768440446011
    W_0_1     relu_le_pre_8  0.59618510494109933
    W_0_1     relu_le_pre_9  -0.69847264722886915
    W_0_1     relu_le_pre_10  -0.033156388249993451
    W_0_1     relu_le_pre_11  0.12362766768175004
    W_0_1     relu_le_pre_12  -0.65871225161316294
    W_0_1     relu_le_pre_13  0.32194925070137992
    W_0_1     relu_le_pre_14  0.79859279596304633
    W_0_1     relu_le_pre_15  0.087138758236887881
    W_0_1     relu_le_pre_16  0.22980973103836688
    W_0_1     relu_le_pre_17  -0.53176662843059619
    W_0_1     relu_le_pre_18  0.65644596983633097
    W_0_1     relu_le_pre_19  0.77473428977736347
    W_0_1     relu_le_pre_20  0.80117776413471842
    W_0_1     relu_le_pre_21  -0.24054481676712469
    W_0_1     relu_le_pre_22  -0.50079318872655132
    W_0_1     relu_le_pre_23  -0.013102983213960417
    W_0_1     relu_le_pre_24  -0.37805427429713667
    W_0_1     relu_le_pre_25  0.40770000043253263
    W_0_1     relu_le_pre_26  0.9743378129392235
    W_0_1     relu_le_pre_27  -0.65493388595615576
    W_0_1     relu_le_pre_28  -0.96376668639019725
    W_0_1     relu_le_pre_29  0.90197322087381582
    W_0_1     relu_le_pre_30  -0.046961576110928327
    W_0_1     relu_le_pre_31  0.58022694850318746
    W_0_1     relu_le_pre_32  -0.22665535298079775
    W_0_1     relu_le_pre_33  -0.92373991639615305
    W_0_1     relu_le_pre_34  -0.12604636651181567
    W_0_1     relu_le_pre_35  0.63039463114024064
    W_0_1     relu_le_pre_36  -0.80665585397762318
    W_0_1     relu_le_pre_37  0.89453571324689785
    W_0_1     relu_le_pre_38  0.82776836959709987
    W_0_1     relu_le_pre_39  0.22871976623272094
    W_0_1     relu_le_pre_40  -0.6480619548295572
    W_0_1     relu_le_pre_41  0.18799014181389118
    W_0_1     relu_le_pre_42  -0.93539596537363656
    W_0_1     relu_le_pre_43  -0.11875437508975306
    W_0_1     relu_le_pre_44  -0.097382751981986315
    W_0_1     relu_le_pre_45  0.99362645876376576
    W_0_1     relu_le_pre_46  0.58995653666698544
    W_0_1     relu_le_pre_47  -0.63657450653894698
    W_0_1     relu_le_pre_48  -0.88782153285417387
    W_0_1     relu_le_pre_49  0.27980493446782795
    W_0_1     relu_le_pre_50  0.060068239587146133
    W_0_1     relu_le_pre_51  -0.38559094834312635
    W_0_1     relu_le_pre_52  0.69361136533362733
    W_0_1     relu_le_pre_53  -0.92105752184110945
    W_0_1     relu_le_pre_54  -0.94543410762124735
    W_0_1     relu_le_pre_55  0.1549183248621957
    W_0_1     relu_le_pre_56  -0.90342784163907175
    W_0_1     relu_le_pre_57  -0.35515619759647432
    W_0_1     relu_le_pre_58  -0.47379597240291682
    W_0_1     relu_le_pre_59  0.60847299300658109
    W_0_1     relu_le_pre_60  -0.92563732361163287
    W_0_1     relu_le_pre_61  -0.4556623970559488
    W_0_1     relu_le_pre_62  -0.42955436663317137
    W_0_1     relu_le_pre_63  -0.49040812540654799
    W_0_1     relu_le_pre_64  0.43307507059526906
    W_0_1     relu_le_pre_65  0.51318424199957424
    W_0_1     relu_le_pre_66  0.61923822624602365
    W_0_1     relu_le_pre_67  -0.59801498331713998
    W_0_1     relu_le_pre_68  -0.94620999052803234
    W_0_1     relu_le_pre_69  -0.46644745296850831
    W_0_1     relu_le_pre_70  -0.78523175326627515
    W_0_1     relu_le_pre_71  0.69278957775229411
    W_0_1     relu_le_pre_72  -0.97796525471495221
    W_0_1     relu_le_pre_73  0.50886116952514526
    W_0_1     relu_le_pre_74  0.53719540852423919
    W_0_1     relu_le_pre_75  0.28309654242758664
    W_0_1     relu_le_pre_76  0.9106970296602539
    W_0_1     relu_le_pre_77  0.5128939938002115
    W_0_1     relu_le_pre_78  -0.31830644741017489
    W_0_1     relu_le_pre_79  -0.29030306534977823
    W_0_1     relu_le_pre_80  -0.23538496096423822
    W_0_1     relu_le_pre_81  0.68169727877292541
    W_0_1     relu_le_pre_82  -0.64614088632600142
    W_0_1     relu_le_pre_83  0.16184827846492755
    W_0_1     relu_le_pre_84  0.88243750597940229
    W_0_1     relu_le_pre_85  0.63696096264101043
    W_0_1     relu_le_pre_86  0.39903731381654439
    W_0_1     relu_le_pre_87  0.27227396675509929
    W_0_1     relu_le_pre_88  0.95639961057223033
    W_0_1     relu_le_pre_89  -0.67489156092999059
    W_0_1     relu_le_pre_90  0.89930214825257693
    W_0_1     relu_le_pre_91  0.12184462259883744
    W_0_1     relu_le_pre_92  0.39565066899238333
    W_0_1     relu_le_pre_93  0.14033798774065875
    W_0_1     relu_le_pre_94  0.30995546041377309
    W_0_1     relu_le_pre_95  0.37793708266890547
    W_0_1     relu_le_pre_96  0.0749286564896674
    W_0_1     relu_le_pre_97  0.75736897478288001
    W_0_1     relu_le_pre_98  0.24108779941565506
    W_0_1     relu_le_pre_99  -0.20791229923903631
    W_0_2     relu_ge_pre_0  0.88970674533386362
    W_0_2     relu_ge_pre_1  -0.124531325560856
    W_0_2     relu_ge_pre_2  -0.3385945971490405
    W_0_2     relu_ge_pre_3  -0.93487190498735329
    W_0_2     relu_ge_pre_4  0.62549486055980386
    W_0_2     relu_ge_pre_5  -0.78241881900115828
    W_0_2     relu_ge_pre_6  -0.8484337930136483
    W_0_2     relu_ge_pre_7  0.78558538309282389
    W_0_2     relu_ge_pre_8  -0.76889934737658705
    W_0_2     relu_ge_pre_9  -0.28887253841103511
    W_0_2     relu_ge_pre_10  -0.1868870355118124
    W_0_2     relu_ge_pre_11  -0.78448021993328587
    W_0_2     relu_ge_pre_12  0.0038878901655041709
    W_0_2     relu_ge_pre_13  -0.045657007847527797
    W_0_2     relu_ge_pre_14  0.92279174015806231
    W_0_2     relu_ge_pre_15  -0.79546829418635112
    W_0_2     relu_ge_pre_16  -0.94735753941044587
    W_0_2     relu_ge_pre_17  0.18561128304078611
    W_0_2     relu_ge_pre_18  0.63758754753802638
    W_0_2     relu_ge_pre_19  0.960178502325157
    W_0_2     relu_ge_pre_20  0.098830928896475712
    W_0_2     relu_ge_pre_21  -0.0080289648031932614
    W_0_2     relu_ge_pre_22  -0.14893299576593155
    W_0_2     relu_ge_pre_23  -0.92952361775070935
    W_0_2     relu_ge_pre_24  -0.11019335779573036
    W_0_2     relu_ge_pre_25  -0.85433387080318224
    W_0_2     relu_ge_pre_26  0.40674734067451035
    W_0_2     relu_ge_pre_27  0.77926481538187398
    W_0_2     relu_ge_pre_28  0.10826024116957234
    W_0_2     relu_ge_pre_29  0.22080943140235587
    W_0_2     relu_ge_pre_30  0.98642906703703415
    W_0_2     relu_ge_pre_31  0.11899096250260488
    W_0_2     relu_ge_pre_32  0.42913478892140922
    W_0_2     relu_ge_pre_33  0.88113026912819503
    W_0_2     relu_ge_pre_34  -0.541320458967959
    W_0_2     relu_ge_pre_35  0.086559756618621586
    W_0_2     relu_ge_pre_36  -0.73394592708310058
    W_0_2     relu_ge_pre_37  -0.95327298658437498
    W_0_2     relu_ge_pre_38  0.49014244922046935
    W_0_2     relu_ge_pre_39  0.10679304901891573
    W_0_2     relu_ge_pre_40  -0.093573960360615382
    W_0_2     relu_ge_pre_41  -0.94896367463682063
    W_0_2     relu_ge_pre_42  0.91202461588720585
    W_0_2     relu_ge_pre_43  -0.42727806191759443
    W_0_2     relu_ge_pre_44  0.42144415175616157
    W_0_2     relu_ge_pre_45  -0.81368003972920766
    W_0_2     relu_ge_pre_46  0.48436264487451242
    W_0_2     relu_ge_pre_47  0.76474879424304065
    W_0_2     relu_ge_pre_48  0.51067980861473306
    W_0_2     relu_ge_pre_49  -0.39464668901116795
    W_0_2     relu_ge_pre_50  -0.17698160738018753
    W_0_2     relu_ge_pre_51  -0.78276274600201212
    W_0_2     relu_ge_pre_52  0.21878612557404842
    W_0_2     relu_ge_pre_53  -0.4210111712328366
    W_0_2     relu_ge_pre_54  0.46451367448282022
    W_0_2     relu_ge_pre_55  0.40915998516053387
    W_0_2     relu_ge_pre_56  0.69297701492795127
    W_0_2     relu_ge_pre_57  0.013644666837735686
    W_0_2     relu_ge_pre_58  -0.76435359122113811
    W_0_2     relu_ge_pre_59  0.86859154879277622
    W_0_2     relu_ge_pre_60  0.97201795794313295
    W_0_2     relu_ge_pre_61  -0.81637358877075417
    W_0_2     relu_ge_pre_62  0.52515423706156006
    W_0_2     relu_ge_pre_63  0.9155740571938753
    W_0_2     relu_ge_pre_64  0.025153209830844681
    W_0_2     relu_ge_pre_65  0.063351236286569357
    W_0_2     relu_ge_pre_66  0.052697063314749881
    W_0_2     relu_ge_pre_67  -0.22964328325575489
    W_0_2     relu_ge_pre_68  0.30944631106251341
    W_0_2     relu_ge_pre_69  0.46954721964672053
    W_0_2     relu_ge_pre_70  -0.91283302718325787
    W_0_2     relu_ge_pre_71  0.1346651611132037
    W_0_2     relu_ge_pre_72  -0.92699223471188108
    W_0_2     relu_ge_pre_73  -0.19776640358357844
    W_0_2     relu_ge_pre_74  0.86924525856656754
    W_0_2     relu_ge_pre_75  0.82395653904968658
    W_0_2     relu_ge_pre_76  -0.24581254738434621
    W_0_2     relu_ge_pre_77  -0.052697479044595541
    W_0_2     relu_ge_pre_78  -0.86533443949591726
    W_0_2     relu_ge_pre_79  0.56216652357936958
    W_0_2     relu_ge_pre_80  0.682505124799208
    W_0_2     relu_ge_pre_81  0.6417319310606211
    W_0_2     relu_ge_pre_82  0.085882396737755107
    W_0_2     relu_ge_pre_83  0.46520353980361673
    W_0_2     relu_ge_pre_84  0.42154287970544124
    W_0_2     relu_ge_pre_85  -0.47631156676449082
    W_0_2     relu_ge_pre_86  0.8870468757446357
    W_0_2     relu_ge_pre_87  -0.31185678552820284
    W_0_2     relu_ge_pre_88  0.35516368298059464
    W_0_2     relu_ge_pre_89  0.30232048706767101
    W_0_2     relu_ge_pre_90  -0.044229072146950488
    W_0_2     relu_ge_pre_91  0.55671635674458453
    W_0_2     relu_ge_pre_92  -0.89058385407149809
    W_0_2     relu_ge_pre_93  0.1131101339069196
    W_0_2     relu_ge_pre_94  0.015010072784282125
    W_0_2     relu_ge_pre_95  -0.44996863573097112
    W_0_2     relu_ge_pre_96  0.52654609086337323
    W_0_2     relu_ge_pre_97  -0.6277318547678592
    W_0_2     relu_ge_pre_98  0.21671811435306942
    W_0_2     relu_ge_pre_99  -0.8320305271045989
    W_0_2     relu_le_pre_0  0.88970674533386362
    W_0_2     relu_le_pre_1  -0.124531325560856
    W_0_2     relu_le_pre_2  -0.3385945971490405
    W_0_2     relu_le_pre_3  -0.93487190498735329
    W_0_2     relu_le_pre_4  0.62549486055980386
    W_0_2     relu_le_pre_5  -0.78241881900115828
    W_0_2     relu_le_pre_6  -0.8484337930136483
    W_0_2     relu_le_pre_7  0.78558538309282389
    W_0_2     relu_le_pre_8  -0.76889934737658705
    W_0_2     relu_le_pre_9  -0.28887253841103511
    W_0_2     relu_le_pre_10  -0.1868870355118124
    W_0_2     relu_le_pre_11  -0.78448021993328587
    W_0_2     relu_le_pre_12  0.0038878901655041709
    W_0_2     relu_le_pre_13  -0.045657007847527797
    W_0_2     relu_le_pre_14  0.92279174015806231
    W_0_2     relu_le_pre_15  -0.79546829418635112
    W_0_2     relu_le_pre_16  -0.94735753941044587
    W_0_2     relu_le_pre_17  0.18561128304078611
    W_0_2     relu_le_pre_18  0.63758754753802638
    W_0_2     relu_le_pre_19  0.960178502325157
    W_0_2     relu_le_pre_20  0.098830928896475712
    W_0_2     relu_le_pre_21  -0.0080289648031932614
    W_0_2     relu_le_pre_22  -0.14893299576593155
    W_0_2     relu_le_pre_23  -0.92952361775070935
    W_0_2     relu_le_pre_24  -0.11019335779573036
    W_0_2     relu_le_pre_25  -0.85433387080318224
    W_0_2     relu_le_pre_26  0.40674734067451035
    W_0_2     relu_le_pre_27  0.77926481538187398
    W_0_2     relu_le_pre_28  0.10826024116957234
    W_0_2     relu_le_pre_29  0.22080943140235587
    W_0_2     relu_le_pre_30  0.98642906703703415
    W_0_2     relu_le_pre_31  0.11899096250260488
    W_0_2     relu_le_pre_32  0.42913478892140922
    W_0_2     relu_le_pre_33  0.88113026912819503
    W_0_2     relu_le_pre_34  -0.541320458967959
    W_0_2     relu_le_pre_35  0.086559756618621586
    W_0_2     relu_le_pre_36  -0.73394592708310058
    W_0_2     relu_le_pre_37  -0.95327298658437498
    W_0_2     relu_le_pre_38  0.49014244922046935
    W_0_2     relu_le_pre_39  0.10679304901891573
    W_0_2     relu_le_pre_40  -0.093573960360615382
    W_0_2     relu_le_pre_41  -0.94896367463682063
    W_0_2     relu_le_pre_42  0.91202461588720585
    W_0_2     relu_le_pre_43  -0.42727806191759443
    W_0_2     relu_le_pre_44  0.42144415175616157
    W_0_2     relu_le_pre_45  -0.81368003972920766
    W_0_2     relu_le_pre_46  0.48436264487451242
    W_0_2     relu_le_pre_47  0.76474879424304065
    W_0_2     relu_le_pre_48  0.51067980861473306
    W_0_2     relu_le_pre_49  -0.39464668901116795
    W_0_2     relu_le_pre_50  -0.17698160738018753
    W_0_2     relu_le_pre_51  -0.78276274600201212
    W_0_2     relu_le_pre_52  0.21878612557404842
    W_0_2     relu_le_pre_53  -0.4210111712328366
    W_0_2     relu_le_pre_54  0.46451367448282022
    W_0_2     relu_le_pre_55  0.40915998516053387
    W_0_2     relu_le_pre_56  0.69297701492795127
    W_0_2     relu_le_pre_57  0.013644666837735686
    W_0_2     relu_le_pre_58  -0.76435359122113811
    W_0_2     relu_le_pre_59  0.86859154879277622
    W_0_2     relu_le_pre_60  0.97201795794313295
    W_0_2     relu_le_pre_61  -0.81637358877075417
    W_0_2     relu_le_pre_62  0.52515423706156006
    W_0_2     relu_le_pre_63  0.9155740571938753
    W_0_2     relu_le_pre_64  0.025153209830844681
    W_0_2     relu_le_pre_65  0.063351236286569357
    W_0_2     relu_le_pre_66  0.052697063314749881
    W_0_2     relu_le_pre_67  -0.22964328325575489
    W_0_2     relu_le_pre_68  0.30944631106251341
    W_0_2     relu_le_pre_69  0.46954721964672053
    W_0_2     relu_le_pre_70  -0.91283302718325787
    W_0_2     relu_le_pre_71  0.1346651611132037
    W_0_2     relu_le_pre_72  -0.92699223471188108
    W_0_2     relu_le_pre_73  -0.19776640358357844
    W_0_2     relu_le_pre_74  0.86924525856656754
    W_0_2     relu_le_pre_75  0.82395653904968658
    W_0_2     relu_le_pre_76  -0.24581254738434621
    W_0_2     relu_le_pre_77  -0.052697479044595541
    W_0_2     relu_le_pre_78  -0.86533443949591726
    W_0_2     relu_le_pre_79  0.56216652357936958
    W_0_2     relu_le_pre_80  0.682505124799208
    W_0_2     relu_le_pre_81  0.6417319310606211
    W_0_2     relu_le_pre_82  0.085882396737755107
    W_0_2     relu_le_pre_83  0.46520353980361673
    W_0_2     relu_le_pre_84  0.42154287970544124
    W_0_2     relu_le_pre_85  -0.47631156676449082
    W_0_2     relu_le_pre_86  0.8870468757446357
    W_0_2     relu_le_pre_87  -0.31185678552820284
    W_0_2     relu_le_pre_88  0.35516368298059464
    W_0_2     relu_le_pre_89  0.30232048706767101
    W_0_2     relu_le_pre_90  -0.044229072146950488
    W_0_2     relu_le_pre_91  0.55671635674458453
    W_0_2     relu_le_pre_92  -0.89058385407149809
    W_0_2     relu_le_pre_93  0.1131101339069196
    W_0_2     relu_le_pre_94  0.015010072784282125
    W_0_2     relu_le_pre_95  -0.44996863573097112
    W_0_2     relu_le_pre_96  0.52654609086337323
    W_0_2     relu_le_pre_97  -0.6277318547678592
    W_0_2     relu_le_pre_98  0.21671811435306942
    W_0_2     relu_le_pre_99  -0.8320305271045989
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
    b_0       relu_ge_pre_60  -1
    b_0       relu_ge_pre_61  -1
    b_0       relu_ge_pre_62  -1
    b_0       relu_ge_pre_63  -1
    b_0       relu_ge_pre_64  -1
    b_0       relu_ge_pre_65  -1
    b_0       relu_ge_pre_66  -1
    b_0       relu_ge_pre_67  -1
    b_0       relu_ge_pre_68  -1
    b_0       relu_ge_pre_69  -1
    b_0       relu_ge_pre_70  -1
    b_0       relu_ge_pre_71  -1
    b_0       relu_ge_pre_72  -1
    b_0       relu_ge_pre_73  -1
    b_0       relu_ge_pre_74  -1
    b_0       relu_ge_pre_75  -1
    b_0       relu_ge_pre_76  -1
    b_0       relu_ge_pre_77  -1
    b_0       relu_ge_pre_78  -1
    b_0       relu_ge_pre_79  -1
    b_0       relu_ge_pre_80  -1
    b_0       relu_ge_pre_81  -1
    b_0       relu_ge_pre_82  -1
    b_0       relu_ge_pre_83  -1
    b_0       relu_ge_pre_84  -1
    b_0       relu_ge_pre_85  -1
    b_0       relu_ge_pre_86  -1
    b_0       relu_ge_pre_87  -1
    b_0       relu_ge_pre_88  -1
    b_0       relu_ge_pre_89  -1
    b_0       relu_ge_pre_90  -1
    b_0       relu_ge_pre_91  -1
    b_0       relu_ge_pre_92  -1
    b_0       relu_ge_pre_93  -1
    b_0       relu_ge_pre_94  -1
    b_0       relu_ge_pre_95  -1
    b_0       relu_ge_pre_96  -1
    b_0       relu_ge_pre_97  -1
    b_0       relu_ge_pre_98  -1
    b_0       relu_ge_pre_99  -1
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
    b_0       relu_le_pre_60  -1
    b_0       relu_le_pre_61  -1
    b_0       relu_le_pre_62  -1
    b_0       relu_le_pre_63  -1
    b_0       relu_le_pre_64  -1
    b_0       relu_le_pre_65  -1
    b_0       relu_le_pre_66  -1
    b_0       relu_le_pre_67  -1
    b_0       relu_le_pre_68  -1
    b_0       relu_le_pre_69  -1
    b_0       relu_le_pre_70  -1
    b_0       relu_le_pre_71  -1
    b_0       relu_le_pre_72  -1
    b_0       relu_le_pre_73  -1
    b_0       relu_le_pre_74  -1
    b_0       relu_le_pre_75  -1
    b_0       relu_le_pre_76  -1
    b_0       relu_le_pre_77  -1
    b_0       relu_le_pre_78  -1
    b_0       relu_le_pre_79  -1
    b_0       relu_le_pre_80  -1
    b_0       relu_le_pre_81  -1
    b_0       relu_le_pre_82  -1
    b_0       relu_le_pre_83  -1
    b_0       relu_le_pre_84  -1
    b_0       relu_le_pre_85  -1
    b_0       relu_le_pre_86  -1
    b_0       relu_le_pre_87  -1
    b_0       relu_le_pre_88  -1
    b_0       relu_le_pre_89  -1
    b_0       relu_le_pre_90  -1
    b_0       relu_le_pre_91  -1
    b_0       relu_le_pre_92  -1
    b_0       relu_le_pre_93  -1
    b_0       relu_le_pre_94  -1
    b_0       relu_le_pre_95  -1
    b_0       relu_le_pre_96  -1
    b_0       relu_le_pre_97  -1
    b_0       relu_le_pre_98  -1
    b_0       relu_le_pre_99  -1
    h_0_0     relu_ge_pre_0  1
    h_0_0     relu_le_pre_0  1
    h_0_0     relu_le_onoff_0  1
    h_0_0     prod_le_h_0  -1
    h_0_0     prod_ge_0  -1
    h_0_0     residual_0  -1
    h_1_0     relu_ge_pre_1  1
    h_1_0     relu_le_pre_1  1
    h_1_0     relu_le_onoff_1  1
    h_1_0     prod_le_h_1  -1
    h_1_0     prod_ge_1  -1
    h_1_0     residual_1  -1
    h_2_0     relu_ge_pre_2  1
    h_2_0     relu_le_pre_2  1
    h_2_0     relu_le_onoff_2  1
    h_2_0     prod_le_h_2  -1
    h_2_0     prod_ge_2  -1
    h_2_0     residual_2  -1
    h_3_0     relu_ge_pre_3  1
    h_3_0     relu_le_pre_3  1
    h_3_0     relu_le_onoff_3  1
    h_3_0     prod_le_h_3  -1
    h_3_0     prod_ge_3  -1
    h_3_0     residual_3  -1
    h_4_0     relu_ge_pre_4  1
    h_4_0     relu_le_pre_4  1
    h_4_0     relu_le_onoff_4  1
    h_4_0     prod_le_h_4  -1
    h_4_0     prod_ge_4  -1
    h_4_0     residual_4  -1
    h_5_0     relu_ge_pre_5  1
    h_5_0     relu_le_pre_5  1
    h_5_0     relu_le_onoff_5  1
    h_5_0     prod_le_h_5  -1
    h_5_0     prod_ge_5  -1
    h_5_0     residual_5  -1
    h_6_0     relu_ge_pre_6  1
    h_6_0     relu_le_pre_6  1
    h_6_0     relu_le_onoff_6  1
    h_6_0     prod_le_h_6  -1
    h_6_0     prod_ge_6  -1
    h_6_0     residual_6  -1
    h_7_0     relu_ge_pre_7  1
    h_7_0     relu_le_pre_7  1
    h_7_0     relu_le_onoff_7  1
    h_7_0     prod_le_h_7  -1
    h_7_0     prod_ge_7  -1
    h_7_0     residual_7  -1
    h_8_0     relu_ge_pre_8  1
    h_8_0     relu_le_pre_8  1
    h_8_0     relu_le_onoff_8  1
    h_8_0     prod_le_h_8  -1
    h_8_0     prod_ge_8  -1
    h_8_0     residual_8  -1
    h_9_0     relu_ge_pre_9  1
    h_9_0     relu_le_pre_9  1
    h_9_0     relu_le_onoff_9  1
    h_9_0     prod_le_h_9  -1
    h_9_0     prod_ge_9  -1
    h_9_0     residual_9  -1
    h_10_0    relu_ge_pre_10  1
    h_10_0    relu_le_pre_10  1
    h_10_0    relu_le_onoff_10  1
    h_10_0    prod_le_h_10  -1
    h_10_0    prod_ge_10  -1
    h_10_0    residual_10  -1
    h_11_0    relu_ge_pre_11  1
    h_11_0    relu_le_pre_11  1
    h_11_0    relu_le_onoff_11  1
    h_11_0    prod_le_h_11  -1
    h_11_0    prod_ge_11  -1
    h_11_0    residual_11  -1
    h_12_0    relu_ge_pre_12  1
    h_12_0    relu_le_pre_12  1
    h_12_0    relu_le_onoff_12  1
    h_12_0    prod_le_h_12  -1
    h_12_0    prod_ge_12  -1
    h_12_0    residual_12  -1
    h_13_0    relu_ge_pre_13  1
    h_13_0    relu_le_pre_13  1
    h_13_0    relu_le_onoff_13  1
    h_13_0    prod_le_h_13  -1
    h_13_0    prod_ge_13  -1
    h_13_0    residual_13  -1
    h_14_0    relu_ge_pre_14  1
    h_14_0    relu_le_pre_14  1
    h_14_0    relu_le_onoff_14  1
    h_14_0    prod_le_h_14  -1
    h_14_0    prod_ge_14  -1
    h_14_0    residual_14  -1
    h_15_0    relu_ge_pre_15  1
    h_15_0    relu_le_pre_15  1
    h_15_0    relu_le_onoff_15  1
    h_15_0    prod_le_h_15  -1
    h_15_0    prod_ge_15  -1
    h_15_0    residual_15  -1
    h_16_0    relu_ge_pre_16  1
    h_16_0    relu_le_pre_16  1
    h_16_0    relu_le_onoff_16  1
    h_16_0    prod_le_h_16  -1
    h_16_0    prod_ge_16  -1
    h_16_0    residual_16  -1
    h_17_0    relu_ge_pre_17  1
    h_17_0    relu_le_pre_17  1
    h_17_0    relu_le_onoff_17  1
    h_17_0    prod_le_h_17  -1
    h_17_0    prod_ge_17  -1
    h_17_0    residual_17  -1
    h_18_0    relu_ge_pre_18  1
    h_18_0    relu_le_pre_18  1
    h_18_0    relu_le_onoff_18  1
    h_18_0    prod_le_h_18  -1
    h_18_0    prod_ge_18  -1
    h_18_0    residual_18  -1
    h_19_0    relu_ge_pre_19  1
    h_19_0    relu_le_pre_19  1
    h_19_0    relu_le_onoff_19  1
    h_19_0    prod_le_h_19  -1
    h_19_0    prod_ge_19  -1
    h_19_0    residual_19  -1
    h_20_0    relu_ge_pre_20  1
    h_20_0    relu_le_pre_20  1
    h_20_0    relu_le_onoff_20  1
    h_20_0    prod_le_h_20  -1
    h_20_0    prod_ge_20  -1
    h_20_0    residual_20  -1
    h_21_0    relu_ge_pre_21  1
    h_21_0    relu_le_pre_21  1
    h_21_0    relu_le_onoff_21  1
    h_21_0    prod_le_h_21  -1
    h_21_0    prod_ge_21  -1
    h_21_0    residual_21  -1
    h_22_0    relu_ge_pre_22  1
    h_22_0    relu_le_pre_22  1
    h_22_0    relu_le_onoff_22  1
    h_22_0    prod_le_h_22  -1
    h_22_0    prod_ge_22  -1
    h_22_0    residual_22  -1
    h_23_0    relu_ge_pre_23  1
    h_23_0    relu_le_pre_23  1
    h_23_0    relu_le_onoff_23  1
    h_23_0    prod_le_h_23  -1
    h_23_0    prod_ge_23  -1
    h_23_0    residual_23  -1
    h_24_0    relu_ge_pre_24  1
    h_24_0    relu_le_pre_24  1
    h_24_0    relu_le_onoff_24  1
    h_24_0    prod_le_h_24  -1
    h_24_0    prod_ge_24  -1
    h_24_0    residual_24  -1
    h_25_0    relu_ge_pre_25  1
    h_25_0    relu_le_pre_25  1
    h_25_0    relu_le_onoff_25  1
    h_25_0    prod_le_h_25  -1
    h_25_0    prod_ge_25  -1
    h_25_0    residual_25  -1
    h_26_0    relu_ge_pre_26  1
    h_26_0    relu_le_pre_26  1
    h_26_0    relu_le_onoff_26  1
    h_26_0    prod_le_h_26  -1
    h_26_0    prod_ge_26  -1
    h_26_0    residual_26  -1
    h_27_0    relu_ge_pre_27  1
    h_27_0    relu_le_pre_27  1
    h_27_0    relu_le_onoff_27  1
    h_27_0    prod_le_h_27  -1
    h_27_0    prod_ge_27  -1
    h_27_0    residual_27  -1
    h_28_0    relu_ge_pre_28  1
    h_28_0    relu_le_pre_28  1
    h_28_0    relu_le_onoff_28  1
    h_28_0    prod_le_h_28  -1
    h_28_0    prod_ge_28  -1
    h_28_0    residual_28  -1
    h_29_0    relu_ge_pre_29  1
    h_29_0    relu_le_pre_29  1
    h_29_0    relu_le_onoff_29  1
    h_29_0    prod_le_h_29  -1
    h_29_0    prod_ge_29  -1
    h_29_0    residual_29  -1
    h_30_0    relu_ge_pre_30  1
    h_30_0    relu_le_pre_30  1
    h_30_0    relu_le_onoff_30  1
    h_30_0    prod_le_h_30  -1
    h_30_0    prod_ge_30  -1
    h_30_0    residual_30  -1
    h_31_0    relu_ge_pre_31  1
    h_31_0    relu_le_pre_31  1
    h_31_0    relu_le_onoff_31  1
    h_31_0    prod_le_h_31  -1
    h_31_0    prod_ge_31  -1
    h_31_0    residual_31  -1
    h_32_0    relu_ge_pre_32  1
    h_32_0    relu_le_pre_32  1
    h_32_0    relu_le_onoff_32  1
    h_32_0    prod_le_h_32  -1
    h_32_0    prod_ge_32  -1
    h_32_0    residual_32  -1
    h_33_0    relu_ge_pre_33  1
    h_33_0    relu_le_pre_33  1
    h_33_0    relu_le_onoff_33  1
    h_33_0    prod_le_h_33  -1
    h_33_0    prod_ge_33  -1
    h_33_0    residual_33  -1
    h_34_0    relu_ge_pre_34  1
    h_34_0    relu_le_pre_34  1
    h_34_0    relu_le_onoff_34  1
    h_34_0    prod_le_h_34  -1
    h_34_0    prod_ge_34  -1
    h_34_0    residual_34  -1
    h_35_0    relu_ge_pre_35  1
    h_35_0    relu_le_pre_35  1
    h_35_0    relu_le_onoff_35  1
    h_35_0    prod_le_h_35  -1
    h_35_0    prod_ge_35  -1
    h_35_0    residual_35  -1
    h_36_0    relu_ge_pre_36  1
    h_36_0    relu_le_pre_36  1
    h_36_0    relu_le_onoff_36  1
    h_36_0    prod_le_h_36  -1
    h_36_0    prod_ge_36  -1
    h_36_0    residual_36  -1
    h_37_0    relu_ge_pre_37  1
    h_37_0    relu_le_pre_37  1
    h_37_0    relu_le_onoff_37  1
    h_37_0    prod_le_h_37  -1
    h_37_0    prod_ge_37  -1
    h_37_0    residual_37  -1
    h_38_0    relu_ge_pre_38  1
    h_38_0    relu_le_pre_38  1
    h_38_0    relu_le_onoff_38  1
    h_38_0    prod_le_h_38  -1
    h_38_0    prod_ge_38  -1
    h_38_0    residual_38  -1
    h_39_0    relu_ge_pre_39  1
    h_39_0    relu_le_pre_39  1
    h_39_0    relu_le_onoff_39  1
    h_39_0    prod_le_h_39  -1
    h_39_0    prod_ge_39  -1
    h_39_0    residual_39  -1
    h_40_0    relu_ge_pre_40  1
    h_40_0    relu_le_pre_40  1
    h_40_0    relu_le_onoff_40  1
    h_40_0    prod_le_h_40  -1
    h_40_0    prod_ge_40  -1
    h_40_0    residual_40  -1
    h_41_0    relu_ge_pre_41  1
    h_41_0    relu_le_pre_41  1
    h_41_0    relu_le_onoff_41  1
    h_41_0    prod_le_h_41  -1
    h_41_0    prod_ge_41  -1
    h_41_0    residual_41  -1
    h_42_0    relu_ge_pre_42  1
    h_42_0    relu_le_pre_42  1
    h_42_0    relu_le_onoff_42  1
    h_42_0    prod_le_h_42  -1
    h_42_0    prod_ge_42  -1
    h_42_0    residual_42  -1
    h_43_0    relu_ge_pre_43  1
    h_43_0    relu_le_pre_43  1
    h_43_0    relu_le_onoff_43  1
    h_43_0    prod_le_h_43  -1
    h_43_0    prod_ge_43  -1
    h_43_0    residual_43  -1
    h_44_0    relu_ge_pre_44  1
    h_44_0    relu_le_pre_44  1
    h_44_0    relu_le_onoff_44  1
    h_44_0    prod_le_h_44  -1
    h_44_0    prod_ge_44  -1
    h_44_0    residual_44  -1
    h_45_0    relu_ge_pre_45  1
    h_45_0    relu_le_pre_45  1
    h_45_0    relu_le_onoff_45  1
    h_45_0    prod_le_h_45  -1
    h_45_0    prod_ge_45  -1
    h_45_0    residual_45  -1
    h_46_0    relu_ge_pre_46  1
    h_46_0    relu_le_pre_46  1
    h_46_0    relu_le_onoff_46  1
    h_46_0    prod_le_h_46  -1
    h_46_0    prod_ge_46  -1
    h_46_0    residual_46  -1
    h_47_0    relu_ge_pre_47  1
    h_47_0    relu_le_pre_47  1
    h_47_0    relu_le_onoff_47  1
    h_47_0    prod_le_h_47  -1
    h_47_0    prod_ge_47  -1
    h_47_0    residual_47  -1
    h_48_0    relu_ge_pre_48  1
    h_48_0    relu_le_pre_48  1
    h_48_0    relu_le_onoff_48  1
    h_48_0    prod_le_h_48  -1
    h_48_0    prod_ge_48  -1
    h_48_0    residual_48  -1
    h_49_0    relu_ge_pre_49  1
    h_49_0    relu_le_pre_49  1
    h_49_0    relu_le_onoff_49  1
    h_49_0    prod_le_h_49  -1
    h_49_0    prod_ge_49  -1
    h_49_0    residual_49  -1
    h_50_0    relu_ge_pre_50  1
    h_50_0    relu_le_pre_50  1
    h_50_0    relu_le_onoff_50  1
    h_50_0    prod_le_h_50  -1
    h_50_0    prod_ge_50  -1
    h_50_0    residual_50  -1
    h_51_0    relu_ge_pre_51  1
    h_51_0    relu_le_pre_51  1
    h_51_0    relu_le_onoff_51  1
    h_51_0    prod_le_h_51  -1
    h_51_0    prod_ge_51  -1
    h_51_0    residual_51  -1
    h_52_0    relu_ge_pre_52  1
    h_52_0    relu_le_pre_52  1
    h_52_0    relu_le_onoff_52  1
    h_52_0    prod_le_h_52  -1
    h_52_0    prod_ge_52  -1
    h_52_0    residual_52  -1
    h_53_0    relu_ge_pre_53  1
    h_53_0    relu_le_pre_53  1
    h_53_0    relu_le_onoff_53  1
    h_53_0    prod_le_h_53  -1
    h_53_0    prod_ge_53  -1
    h_53_0    residual_53  -1
    h_54_0    relu_ge_pre_54  1
    h_54_0    relu_le_pre_54  1
    h_54_0    relu_le_onoff_54  1
    h_54_0    prod_le_h_54  -1
    h_54_0    prod_ge_54  -1
    h_54_0    residual_54  -1
    h_55_0    relu_ge_pre_55  1
    h_55_0    relu_le_pre_55  1
    h_55_0    relu_le_onoff_55  1
    h_55_0    prod_le_h_55  -1
    h_55_0    prod_ge_55  -1
    h_55_0    residual_55  -1
    h_56_0    relu_ge_pre_56  1
    h_56_0    relu_le_pre_56  1
    h_56_0    relu_le_onoff_56  1
    h_56_0    prod_le_h_56  -1
    h_56_0    prod_ge_56  -1
    h_56_0    residual_56  -1
    h_57_0    relu_ge_pre_57  1
    h_57_0    relu_le_pre_57  1
    h_57_0    relu_le_onoff_57  1
    h_57_0    prod_le_h_57  -1
    h_57_0    prod_ge_57  -1
    h_57_0    residual_57  -1
    h_58_0    relu_ge_pre_58  1
    h_58_0    relu_le_pre_58  1
    h_58_0    relu_le_onoff_58  1
    h_58_0    prod_le_h_58  -1
    h_58_0    prod_ge_58  -1
    h_58_0    residual_58  -1
    h_59_0    relu_ge_pre_59  1
    h_59_0    relu_le_pre_59  1
    h_59_0    relu_le_onoff_59  1
    h_59_0    prod_le_h_59  -1
    h_59_0    prod_ge_59  -1
    h_59_0    residual_59  -1
    h_60_0    relu_ge_pre_60  1
    h_60_0    relu_le_pre_60  1
    h_60_0    relu_le_onoff_60  1
    h_60_0    prod_le_h_60  -1
    h_60_0    prod_ge_60  -1
    h_60_0    residual_60  -1
    h_61_0    relu_ge_pre_61  1
    h_61_0    relu_le_pre_61  1
    h_61_0    relu_le_onoff_61  1
    h_61_0    prod_le_h_61  -1
    h_61_0    prod_ge_61  -1
    h_61_0    residual_61  -1
    h_62_0    relu_ge_pre_62  1
    h_62_0    relu_le_pre_62  1
    h_62_0    relu_le_onoff_62  1
    h_62_0    prod_le_h_62  -1
    h_62_0    prod_ge_62  -1
    h_62_0    residual_62  -1
    h_63_0    relu_ge_pre_63  1
    h_63_0    relu_le_pre_63  1
    h_63_0    relu_le_onoff_63  1
    h_63_0    prod_le_h_63  -1
    h_63_0    prod_ge_63  -1
    h_63_0    residual_63  -1
    h_64_0    relu_ge_pre_64  1
    h_64_0    relu_le_pre_64  1
    h_64_0    relu_le_onoff_64  1
    h_64_0    prod_le_h_64  -1
    h_64_0    prod_ge_64  -1
    h_64_0    residual_64  -1
    h_65_0    relu_ge_pre_65  1
    h_65_0    relu_le_pre_65  1
    h_65_0    relu_le_onoff_65  1
    h_65_0    prod_le_h_65  -1
    h_65_0    prod_ge_65  -1
    h_65_0    residual_65  -1
    h_66_0    relu_ge_pre_66  1
    h_66_0    relu_le_pre_66  1
    h_66_0    relu_le_onoff_66  1
    h_66_0    prod_le_h_66  -1
    h_66_0    prod_ge_66  -1
    h_66_0    residual_66  -1
    h_67_0    relu_ge_pre_67  1
    h_67_0    relu_le_pre_67  1
    h_67_0    relu_le_onoff_67  1
    h_67_0    prod_le_h_67  -1
    h_67_0    prod_ge_67  -1
    h_67_0    residual_67  -1
    h_68_0    relu_ge_pre_68  1
    h_68_0    relu_le_pre_68  1
    h_68_0    relu_le_onoff_68  1
    h_68_0    prod_le_h_68  -1
    h_68_0    prod_ge_68  -1
    h_68_0    residual_68  -1
    h_69_0    relu_ge_pre_69  1
    h_69_0    relu_le_pre_69  1
    h_69_0    relu_le_onoff_69  1
    h_69_0    prod_le_h_69  -1
    h_69_0    prod_ge_69  -1
    h_69_0    residual_69  -1
    h_70_0    relu_ge_pre_70  1
    h_70_0    relu_le_pre_70  1
    h_70_0    relu_le_onoff_70  1
    h_70_0    prod_le_h_70  -1
    h_70_0    prod_ge_70  -1
    h_70_0    residual_70  -1
    h_71_0    relu_ge_pre_71  1
    h_71_0    relu_le_pre_71  1
    h_71_0    relu_le_onoff_71  1
    h_71_0    prod_le_h_71  -1
    h_71_0    prod_ge_71  -1
    h_71_0    residual_71  -1
    h_72_0    relu_ge_pre_72  1
    h_72_0    relu_le_pre_72  1
    h_72_0    relu_le_onoff_72  1
    h_72_0    prod_le_h_72  -1
    h_72_0    prod_ge_72  -1
    h_72_0    residual_72  -1
    h_73_0    relu_ge_pre_73  1
    h_73_0    relu_le_pre_73  1
    h_73_0    relu_le_onoff_73  1
    h_73_0    prod_le_h_73  -1
    h_73_0    prod_ge_73  -1
    h_73_0    residual_73  -1
    h_74_0    relu_ge_pre_74  1
    h_74_0    relu_le_pre_74  1
    h_74_0    relu_le_onoff_74  1
    h_74_0    prod_le_h_74  -1
    h_74_0    prod_ge_74  -1
    h_74_0    residual_74  -1
    h_75_0    relu_ge_pre_75  1
    h_75_0    relu_le_pre_75  1
    h_75_0    relu_le_onoff_75  1
    h_75_0    prod_le_h_75  -1
    h_75_0    prod_ge_75  -1
    h_75_0    residual_75  -1
    h_76_0    relu_ge_pre_76  1
    h_76_0    relu_le_pre_76  1
    h_76_0    relu_le_onoff_76  1
    h_76_0    prod_le_h_76  -1
    h_76_0    prod_ge_76  -1
    h_76_0    residual_76  -1
    h_77_0    relu_ge_pre_77  1
    h_77_0    relu_le_pre_77  1
    h_77_0    relu_le_onoff_77  1
    h_77_0    prod_le_h_77  -1
    h_77_0    prod_ge_77  -1
    h_77_0    residual_77  -1
    h_78_0    relu_ge_pre_78  1
    h_78_0    relu_le_pre_78  1
    h_78_0    relu_le_onoff_78  1
    h_78_0    prod_le_h_78  -1
    h_78_0    prod_ge_78  -1
    h_78_0    residual_78  -1
    h_79_0    relu_ge_pre_79  1
    h_79_0    relu_le_pre_79  1
    h_79_0    relu_le_onoff_79  1
    h_79_0    prod_le_h_79  -1
    h_79_0    prod_ge_79  -1
    h_79_0    residual_79  -1
    h_80_0    relu_ge_pre_80  1
    h_80_0    relu_le_pre_80  1
    h_80_0    relu_le_onoff_80  1
    h_80_0    prod_le_h_80  -1
    h_80_0    prod_ge_80  -1
    h_80_0    residual_80  -1
    h_81_0    relu_ge_pre_81  1
    h_81_0    relu_le_pre_81  1
    h_81_0    relu_le_onoff_81  1
    h_81_0    prod_le_h_81  -1
    h_81_0    prod_ge_81  -1
    h_81_0    residual_81  -1
    h_82_0    relu_ge_pre_82  1
    h_82_0    relu_le_pre_82  1
    h_82_0    relu_le_onoff_82  1
    h_82_0    prod_le_h_82  -1
    h_82_0    prod_ge_82  -1
    h_82_0    residual_82  -1
    h_83_0    relu_ge_pre_83  1
    h_83_0    relu_le_pre_83  1
    h_83_0    relu_le_onoff_83  1
    h_83_0    prod_le_h_83  -1
    h_83_0    prod_ge_83  -1
    h_83_0    residual_83  -1
    h_84_0    relu_ge_pre_84  1
    h_84_0    relu_le_pre_84  1
    h_84_0    relu_le_onoff_84  1
    h_84_0    prod_le_h_84  -1
    h_84_0    prod_ge_84  -1
    h_84_0    residual_84  -1
    h_85_0    relu_ge_pre_85  1
    h_85_0    relu_le_pre_85  1
    h_85_0    relu_le_onoff_85  1
    h_85_0    prod_le_h_85  -1
    h_85_0    prod_ge_85  -1
    h_85_0    residual_85  -1
    h_86_0    relu_ge_pre_86  1
    h_86_0    relu_le_pre_86  1
    h_86_0    relu_le_onoff_86  1
    h_86_0    prod_le_h_86  -1
    h_86_0    prod_ge_86  -1
    h_86_0    residual_86  -1
    h_87_0    relu_ge_pre_87  1
    h_87_0    relu_le_pre_87  1
    h_87_0    relu_le_onoff_87  1
    h_87_0    prod_le_h_87  -1
    h_87_0    prod_ge_87  -1
    h_87_0    residual_87  -1
    h_88_0    relu_ge_pre_88  1
    h_88_0    relu_le_pre_88  1
    h_88_0    relu_le_onoff_88  1
    h_88_0    prod_le_h_88  -1
    h_88_0    prod_ge_88  -1
    h_88_0    residual_88  -1
    h_89_0    relu_ge_pre_89  1
    h_89_0    relu_le_pre_89  1
    h_89_0    relu_le_onoff_89  1
    h_89_0    prod_le_h_89  -1
    h_89_0    prod_ge_89  -1
    h_89_0    residual_89  -1
    h_90_0    relu_ge_pre_90  1
    h_90_0    relu_le_pre_90  1
    h_90_0    relu_le_onoff_90  1
    h_90_0    prod_le_h_90  -1
    h_90_0    prod_ge_90  -1
    h_90_0    residual_90  -1
    h_91_0    relu_ge_pre_91  1
    h_91_0    relu_le_pre_91  1
    h_91_0    relu_le_onoff_91  1
    h_91_0    prod_le_h_91  -1
    h_91_0    prod_ge_91  -1
    h_91_0    residual_91  -1
    h_92_0    relu_ge_pre_92  1
    h_92_0    relu_le_pre_92  1
    h_92_0    relu_le_onoff_92  1
    h_92_0    prod_le_h_92  -1
    h_92_0    prod_ge_92  -1
    h_92_0    residual_92  -1
    h_93_0    relu_ge_pre_93  1
    h_93_0    relu_le_pre_93  1
    h_93_0    relu_le_onoff_93  1
    h_93_0    prod_le_h_93  -1
    h_93_0    prod_ge_93  -1
    h_93_0    residual_93  -1
    h_94_0    relu_ge_pre_94  1
    h_94_0    relu_le_pre_94  1
    h_94_0    relu_le_onoff_94  1
    h_94_0    prod_le_h_94  -1
    h_94_0    prod_ge_94  -1
    h_94_0    residual_94  -1
    h_95_0    relu_ge_pre_95  1
    h_95_0    relu_le_pre_95  1
    h_95_0    relu_le_onoff_95  1
    h_95_0    prod_le_h_95  -1
    h_95_0    prod_ge_95  -1
    h_95_0    residual_95  -1
    h_96_0    relu_ge_pre_96  1
    h_96_0    relu_le_pre_96  1
    h_96_0    relu_le_onoff_96  1
    h_96_0    prod_le_h_96  -1
    h_96_0    prod_ge_96  -1
    h_96_0    residual_96  -1
    h_97_0    relu_ge_pre_97  1
    h_97_0    relu_le_pre_97  1
    h_97_0    relu_le_onoff_97  1
    h_97_0    prod_le_h_97  -1
    h_97_0    prod_ge_97  -1
    h_97_0    residual_97  -1
    h_98_0    relu_ge_pre_98  1
    h_98_0    relu_le_pre_98  1
    h_98_0    relu_le_onoff_98  1
    h_98_0    prod_le_h_98  -1
    h_98_0    prod_ge_98  -1
    h_98_0    residual_98  -1
    h_99_0    relu_ge_pre_99  1
    h_99_0    relu_le_pre_99  1
    h_99_0    relu_le_onoff_99  1
    h_99_0    prod_le_h_99  -1
    h_99_0    prod_ge_99  -1
    h_99_0    residual_99  -1
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  2.9710256522242462
    z_0_0     relu_le_onoff_0  -2.9710256522242462
    z_1_0     relu_le_pre_1  1.889458619499965
    z_1_0     relu_le_onoff_1  -1.889458619499965
    z_2_0     relu_le_pre_2  2.1732084889287941
    z_2_0     relu_le_onoff_2  -2.1732084889287941
    z_3_0     relu_le_pre_3  2.3556713569953303
    z_3_0     relu_le_onoff_3  -2.3556713569953303
    z_4_0     relu_le_pre_4  2.2083748390190019
    z_4_0     relu_le_onoff_4  -2.2083748390190019
    z_5_0     relu_le_pre_5  2.1126294349968462
    z_5_0     relu_le_onoff_5  -2.1126294349968462
    z_6_0     relu_le_pre_6  2.7632684767282782
    z_6_0     relu_le_onoff_6  -2.7632684767282782
    z_7_0     relu_le_pre_7  2.2312832966657687
    z_7_0     relu_le_onoff_7  -2.2312832966657687
    z_8_0     relu_le_pre_8  3.1559973354518034
    z_8_0     relu_le_onoff_8  -3.1559973354518034
    z_9_0     relu_le_pre_9  2.3469681086090715
    z_9_0     relu_le_onoff_9  -2.3469681086090715
    z_10_0    relu_le_pre_10  1.4069586284107329
    z_10_0    relu_le_onoff_10  -1.4069586284107329
    z_11_0    relu_le_pre_11  2.6323438574302922
    z_11_0    relu_le_onoff_11  -2.6323438574302922
    z_12_0    relu_le_pre_12  1.8900340185838416
    z_12_0    relu_le_onoff_12  -1.8900340185838416
    z_13_0    relu_le_pre_13  1.7526425222088546
    z_13_0    relu_le_onoff_13  -1.7526425222088546
    z_14_0    relu_le_pre_14  3.2889377540830798
    z_14_0    relu_le_onoff_14  -3.2889377540830798
    z_15_0    relu_le_pre_15  2.2865060051952177
    z_15_0    relu_le_onoff_15  -2.2865060051952177
    z_16_0    relu_le_pre_16  2.8475336798333721
    z_16_0    relu_le_onoff_16  -2.8475336798333721
    z_17_0    relu_le_pre_17  1.9015019336281116
    z_17_0    relu_le_onoff_17  -1.9015019336281116
    z_18_0    relu_le_pre_18  2.9016936934378137
    z_18_0    relu_le_onoff_18  -2.9016936934378137
    z_19_0    relu_le_pre_19  2.9425238266273976
    z_19_0    relu_le_onoff_19  -2.9425238266273976
    z_20_0    relu_le_pre_20  2.5660026214080354
    z_20_0    relu_le_onoff_20  -2.5660026214080354
    z_21_0    relu_le_pre_21  1.2715766354023792
    z_21_0    relu_le_onoff_21  -1.2715766354023792
    z_22_0    relu_le_pre_22  2.5244124719504191
    z_22_0    relu_le_onoff_22  -2.5244124719504191
    z_23_0    relu_le_pre_23  2.1771708743752365
    z_23_0    relu_le_onoff_23  -2.1771708743752365
    z_24_0    relu_le_pre_24  2.0349955053745936
    z_24_0    relu_le_onoff_24  -2.0349955053745936
    z_25_0    relu_le_pre_25  3.1780102930983425
    z_25_0    relu_le_onoff_25  -3.1780102930983425
    z_26_0    relu_le_pre_26  2.9502148684737337
    z_26_0    relu_le_onoff_26  -2.9502148684737337
    z_27_0    relu_le_pre_27  3.4145880032449023
    z_27_0    relu_le_onoff_27  -3.4145880032449023
    z_28_0    relu_le_pre_28  2.9571165700101307
    z_28_0    relu_le_onoff_28  -2.9571165700101307
    z_29_0    relu_le_pre_29  2.4859966541488197
    z_29_0    relu_le_onoff_29  -2.4859966541488197
    z_30_0    relu_le_pre_30  2.301312528623686
    z_30_0    relu_le_onoff_30  -2.301312528623686
    z_31_0    relu_le_pre_31  2.4032921504253553
    z_31_0    relu_le_onoff_31  -2.4032921504253553
    z_32_0    relu_le_pre_32  2.0511834092824746
    z_32_0    relu_le_onoff_32  -2.0511834092824746
    z_33_0    relu_le_pre_33  3.6241362056931878
    z_33_0    relu_le_onoff_33  -3.6241362056931878
    z_34_0    relu_le_pre_34  2.2492473871698166
    z_34_0    relu_le_onoff_34  -2.2492473871698166
    z_35_0    relu_le_pre_35  2.5889059251101001
    z_35_0    relu_le_onoff_35  -2.5889059251101001
    z_36_0    relu_le_pre_36  2.8779832981610705
    z_36_0    relu_le_onoff_36  -2.8779832981610705
    z_37_0    relu_le_pre_37  3.4353195306677882
    z_37_0    relu_le_onoff_37  -3.4353195306677882
    z_38_0    relu_le_pre_38  2.5471667171198829
    z_38_0    relu_le_onoff_38  -2.5471667171198829
    z_39_0    relu_le_pre_39  1.5770209843842184
    z_39_0    relu_le_onoff_39  -1.5770209843842184
    z_40_0    relu_le_pre_40  2.3508060463876719
    z_40_0    relu_le_onoff_40  -2.3508060463876719
    z_41_0    relu_le_pre_41  2.7218560245596013
    z_41_0    relu_le_onoff_41  -2.7218560245596013
    z_42_0    relu_le_pre_42  3.0577389121129142
    z_42_0    relu_le_onoff_42  -3.0577389121129142
    z_43_0    relu_le_pre_43  2.3114177426927482
    z_43_0    relu_le_onoff_43  -2.3114177426927482
    z_44_0    relu_le_pre_44  2.1336369529801078
    z_44_0    relu_le_onoff_44  -2.1336369529801078
    z_45_0    relu_le_pre_45  3.5963455447595596
    z_45_0    relu_le_onoff_45  -3.5963455447595596
    z_46_0    relu_le_pre_46  2.4161278116131526
    z_46_0    relu_le_onoff_46  -2.4161278116131526
    z_47_0    relu_le_pre_47  2.4701346777384909
    z_47_0    relu_le_onoff_47  -2.4701346777384909
    z_48_0    relu_le_pre_48  3.3340710017963664
    z_48_0    relu_le_onoff_48  -3.3340710017963664
    z_49_0    relu_le_pre_49  1.9560153424828575
    z_49_0    relu_le_onoff_49  -1.9560153424828575
    z_50_0    relu_le_pre_50  2.0632176466718271
    z_50_0    relu_le_onoff_50  -2.0632176466718271
    z_51_0    relu_le_pre_51  2.4213051661945038
    z_51_0    relu_le_onoff_51  -2.4213051661945038
    z_52_0    relu_le_pre_52  2.4298970710928236
    z_52_0    relu_le_onoff_52  -2.4298970710928236
    z_53_0    relu_le_pre_53  2.4797249884521824
    z_53_0    relu_le_onoff_53  -2.4797249884521824
    z_54_0    relu_le_pre_54  2.8868328834433257
    z_54_0    relu_le_onoff_54  -2.8868328834433257
    z_55_0    relu_le_pre_55  2.0451550589709737
    z_55_0    relu_le_onoff_55  -2.0451550589709737
    z_56_0    relu_le_pre_56  2.8986116270239615
    z_56_0    relu_le_onoff_56  -2.8986116270239615
    z_57_0    relu_le_pre_57  1.4046962288744795
    z_57_0    relu_le_onoff_57  -1.4046962288744795
    z_58_0    relu_le_pre_58  3.0656372454120895
    z_58_0    relu_le_onoff_58  -3.0656372454120895
    z_59_0    relu_le_pre_59  3.253534565561143
    z_59_0    relu_le_onoff_59  -3.253534565561143
    z_60_0    relu_le_pre_60  3.5562942784841352
    z_60_0    relu_le_onoff_60  -3.5562942784841352
    z_61_0    relu_le_pre_61  2.8505432735698548
    z_61_0    relu_le_onoff_61  -2.8505432735698548
    z_62_0    relu_le_pre_62  2.4139376571759303
    z_62_0    relu_le_onoff_62  -2.4139376571759303
    z_63_0    relu_le_pre_63  3.25391578251089
    z_63_0    relu_le_onoff_63  -3.25391578251089
    z_64_0    relu_le_pre_64  1.8574172067413619
    z_64_0    relu_le_onoff_64  -1.8574172067413619
    z_65_0    relu_le_pre_65  2.359601786028843
    z_65_0    relu_le_onoff_65  -2.359601786028843
    z_66_0    relu_le_pre_66  1.9618363954802844
    z_66_0    relu_le_onoff_66  -1.9618363954802844
    z_67_0    relu_le_pre_67  2.4643976125500444
    z_67_0    relu_le_onoff_67  -2.4643976125500444
    z_68_0    relu_le_pre_68  2.689394795918842
    z_68_0    relu_le_onoff_68  -2.689394795918842
    z_69_0    relu_le_pre_69  2.27850799501309
    z_69_0    relu_le_onoff_69  -2.27850799501309
    z_70_0    relu_le_pre_70  3.6745371772739128
    z_70_0    relu_le_onoff_70  -3.6745371772739128
    z_71_0    relu_le_pre_71  2.4869985720295156
    z_71_0    relu_le_onoff_71  -2.4869985720295156
    z_72_0    relu_le_pre_72  3.1000966257263167
    z_72_0    relu_le_onoff_72  -3.1000966257263167
    z_73_0    relu_le_pre_73  2.6823332530006629
    z_73_0    relu_le_onoff_73  -2.6823332530006629
    z_74_0    relu_le_pre_74  2.5347023796633437
    z_74_0    relu_le_onoff_74  -2.5347023796633437
    z_75_0    relu_le_pre_75  2.7695963339651595
    z_75_0    relu_le_onoff_75  -2.7695963339651595
    z_76_0    relu_le_pre_76  2.8550315943046893
    z_76_0    relu_le_onoff_76  -2.8550315943046893
    z_77_0    relu_le_pre_77  1.5801585131126028
    z_77_0    relu_le_onoff_77  -1.5801585131126028
    z_78_0    relu_le_pre_78  2.3347473315941363
    z_78_0    relu_le_onoff_78  -2.3347473315941363
    z_79_0    relu_le_pre_79  2.1458853759819818
    z_79_0    relu_le_onoff_79  -2.1458853759819818
    z_80_0    relu_le_pre_80  2.7976888837954146
    z_80_0    relu_le_onoff_80  -2.7976888837954146
    z_81_0    relu_le_pre_81  2.8093270880315053
    z_81_0    relu_le_onoff_81  -2.8093270880315053
    z_82_0    relu_le_pre_82  2.1184255697269165
    z_82_0    relu_le_onoff_82  -2.1184255697269165
    z_83_0    relu_le_pre_83  2.0727118833505482
    z_83_0    relu_le_onoff_83  -2.0727118833505482
    z_84_0    relu_le_pre_84  2.7713452180314309
    z_84_0    relu_le_onoff_84  -2.7713452180314309
    z_85_0    relu_le_pre_85  2.466780353076885
    z_85_0    relu_le_onoff_85  -2.466780353076885
    z_86_0    relu_le_pre_86  2.9255894643437577
    z_86_0    relu_le_onoff_86  -2.9255894643437577
    z_87_0    relu_le_pre_87  2.0953020266190769
    z_87_0    relu_le_onoff_87  -2.0953020266190769
    z_88_0    relu_le_pre_88  2.8770910891593111
    z_88_0    relu_le_onoff_88  -2.8770910891593111
    z_89_0    relu_le_pre_89  2.5353397535916886
    z_89_0    relu_le_onoff_89  -2.5353397535916886
    z_90_0    relu_le_pre_90  2.6374127774827008
    z_90_0    relu_le_onoff_90  -2.6374127774827008
    z_91_0    relu_le_pre_91  2.1637161466807298
    z_91_0    relu_le_onoff_91  -2.1637161466807298
    z_92_0    relu_le_pre_92  3.0733677666624404
    z_92_0    relu_le_onoff_92  -3.0733677666624404
    z_93_0    relu_le_pre_93  2.035267763806746
    z_93_0    relu_le_onoff_93  -2.035267763806746
    z_94_0    relu_le_pre_94  1.7438351192426915
    z_94_0    relu_le_onoff_94  -1.7438351192426915
    z_95_0    relu_le_pre_95  2.6870075973241132
    z_95_0    relu_le_onoff_95  -2.6870075973241132
    z_96_0    relu_le_pre_96  2.3896519635299907
    z_96_0    relu_le_onoff_96  -2.3896519635299907
    z_97_0    relu_le_pre_97  3.0541318292773756
    z_97_0    relu_le_onoff_97  -3.0541318292773756
    z_98_0    relu_le_pre_98  1.8311199528481674
    z_98_0    relu_le_onoff_98  -1.8311199528481674
    z_99_0    relu_le_pre_99  2.4968577773068756
    z_99_0    relu_le_onoff_99  -2.4968577773068756
    sgn_0     prod_le_sign_0  -2.9710256522242462
    sgn_0     prod_le_sign_1  -1.889458619499965
    sgn_0     prod_le_sign_2  -2.1732084889287941
    sgn_0     prod_le_sign_3  -2.3556713569953303
    sgn_0     prod_le_sign_4  -2.2083748390190019
    sgn_0     prod_le_sign_5  -2.1126294349968462
    sgn_0     prod_le_sign_6  -2.7632684767282782
    sgn_0     prod_le_sign_7  -2.2312832966657687
    sgn_0     prod_le_sign_8  -3.1559973354518034
    sgn_0     prod_le_sign_9  -2.3469681086090715
    sgn_0     prod_le_sign_10  -1.4069586284107329
    sgn_0     prod_le_sign_11  -2.6323438574302922
    sgn_0     prod_le_sign_12  -1.8900340185838416
    sgn_0     prod_le_sign_13  -1.7526425222088546
    sgn_0     prod_le_sign_14  -3.2889377540830798
    sgn_0     prod_le_sign_15  -2.2865060051952177
    sgn_0     prod_le_sign_16  -2.8475336798333721
    sgn_0     prod_le_sign_17  -1.9015019336281116
    sgn_0     prod_le_sign_18  -2.9016936934378137
    sgn_0     prod_le_sign_19  -2.9425238266273976
    sgn_0     prod_le_sign_20  -2.5660026214080354
    sgn_0     prod_le_sign_21  -1.2715766354023792
    sgn_0     prod_le_sign_22  -2.5244124719504191
    sgn_0     prod_le_sign_23  -2.1771708743752365
    sgn_0     prod_le_sign_24  -2.0349955053745936
    sgn_0     prod_le_sign_25  -3.1780102930983425
    sgn_0     prod_le_sign_26  -2.9502148684737337
    sgn_0     prod_le_sign_27  -3.4145880032449023
    sgn_0     prod_le_sign_28  -2.9571165700101307
    sgn_0     prod_le_sign_29  -2.4859966541488197
    sgn_0     prod_le_sign_30  -2.301312528623686
    sgn_0     prod_le_sign_31  -2.4032921504253553
    sgn_0     prod_le_sign_32  -2.0511834092824746
    sgn_0     prod_le_sign_33  -3.6241362056931878
    sgn_0     prod_le_sign_34  -2.2492473871698166
    sgn_0     prod_le_sign_35  -2.5889059251101001
    sgn_0     prod_le_sign_36  -2.8779832981610705
    sgn_0     prod_le_sign_37  -3.4353195306677882
    sgn_0     prod_le_sign_38  -2.5471667171198829
    sgn_0     prod_le_sign_39  -1.5770209843842184
    sgn_0     prod_le_sign_40  -2.3508060463876719
    sgn_0     prod_le_sign_41  -2.7218560245596013
    sgn_0     prod_le_sign_42  -3.0577389121129142
    sgn_0     prod_le_sign_43  -2.3114177426927482
    sgn_0     prod_le_sign_44  -2.1336369529801078
    sgn_0     prod_le_sign_45  -3.5963455447595596
    sgn_0     prod_le_sign_46  -2.4161278116131526
    sgn_0     prod_le_sign_47  -2.4701346777384909
    sgn_0     prod_le_sign_48  -3.3340710017963664
    sgn_0     prod_le_sign_49  -1.9560153424828575
    sgn_0     prod_le_sign_50  -2.0632176466718271
    sgn_0     prod_le_sign_51  -2.4213051661945038
    sgn_0     prod_le_sign_52  -2.4298970710928236
    sgn_0     prod_le_sign_53  -2.4797249884521824
    sgn_0     prod_le_sign_54  -2.8868328834433257
    sgn_0     prod_le_sign_55  -2.0451550589709737
    sgn_0     prod_le_sign_56  -2.8986116270239615
    sgn_0     prod_le_sign_57  -1.4046962288744795
    sgn_0     prod_le_sign_58  -3.0656372454120895
    sgn_0     prod_le_sign_59  -3.253534565561143
    sgn_0     prod_le_sign_60  -3.5562942784841352
    sgn_0     prod_le_sign_61  -2.8505432735698548
    sgn_0     prod_le_sign_62  -2.4139376571759303
    sgn_0     prod_le_sign_63  -3.25391578251089
    sgn_0     prod_le_sign_64  -1.8574172067413619
    sgn_0     prod_le_sign_65  -2.359601786028843
    sgn_0     prod_le_sign_66  -1.9618363954802844
    sgn_0     prod_le_sign_67  -2.4643976125500444
    sgn_0     prod_le_sign_68  -2.689394795918842
    sgn_0     prod_le_sign_69  -2.27850799501309
    sgn_0     prod_le_sign_70  -3.6745371772739128
    sgn_0     prod_le_sign_71  -2.4869985720295156
    sgn_0     prod_le_sign_72  -3.1000966257263167
    sgn_0     prod_le_sign_73  -2.6823332530006629
    sgn_0     prod_le_sign_74  -2.5347023796633437
    sgn_0     prod_le_sign_75  -2.7695963339651595
    sgn_0     prod_le_sign_76  -2.8550315943046893
    sgn_0     prod_le_sign_77  -1.5801585131126028
    sgn_0     prod_le_sign_78  -2.3347473315941363
    sgn_0     prod_le_sign_79  -2.1458853759819818
    sgn_0     prod_le_sign_80  -2.7976888837954146
    sgn_0     prod_le_sign_81  -2.8093270880315053
    sgn_0     prod_le_sign_82  -2.1184255697269165
    sgn_0     prod_le_sign_83  -2.0727118833505482
    sgn_0     prod_le_sign_84  -2.7713452180314309
    sgn_0     prod_le_sign_85  -2.466780353076885
    sgn_0     prod_le_sign_86  -2.9255894643437577
    sgn_0     prod_le_sign_87  -2.0953020266190769
    sgn_0     prod_le_sign_88  -2.8770910891593111
    sgn_0     prod_le_sign_89  -2.5353397535916886
    sgn_0     prod_le_sign_90  -2.6374127774827008
    sgn_0     prod_le_sign_91  -2.1637161466807298
    sgn_0     prod_le_sign_92  -3.0733677666624404
    sgn_0     prod_le_sign_93  -2.035267763806746
    sgn_0     prod_le_sign_94  -1.7438351192426915
    sgn_0     prod_le_sign_95  -2.6870075973241132
    sgn_0     prod_le_sign_96  -2.3896519635299907
    sgn_0     prod_le_sign_97  -3.0541318292773756
    sgn_0     prod_le_sign_98  -1.8311199528481674
    sgn_0     prod_le_sign_99  -2.4968577773068756
    sgn_0     prod_ge_0  -2.9710256522242462
    sgn_0     prod_ge_1  -1.889458619499965
    sgn_0     prod_ge_2  -2.1732084889287941
    sgn_0     prod_ge_3  -2.3556713569953303
    sgn_0     prod_ge_4  -2.2083748390190019
    sgn_0     prod_ge_5  -2.1126294349968462
    sgn_0     prod_ge_6  -2.7632684767282782
    sgn_0     prod_ge_7  -2.2312832966657687
    sgn_0     prod_ge_8  -3.1559973354518034
    sgn_0     prod_ge_9  -2.3469681086090715
    sgn_0     prod_ge_10  -1.4069586284107329
    sgn_0     prod_ge_11  -2.6323438574302922
    sgn_0     prod_ge_12  -1.8900340185838416
    sgn_0     prod_ge_13  -1.7526425222088546
    sgn_0     prod_ge_14  -3.2889377540830798
    sgn_0     prod_ge_15  -2.2865060051952177
    sgn_0     prod_ge_16  -2.8475336798333721
    sgn_0     prod_ge_17  -1.9015019336281116
    sgn_0     prod_ge_18  -2.9016936934378137
    sgn_0     prod_ge_19  -2.9425238266273976
    sgn_0     prod_ge_20  -2.5660026214080354
    sgn_0     prod_ge_21  -1.2715766354023792
    sgn_0     prod_ge_22  -2.5244124719504191
    sgn_0     prod_ge_23  -2.1771708743752365
    sgn_0     prod_ge_24  -2.0349955053745936
    sgn_0     prod_ge_25  -3.1780102930983425
    sgn_0     prod_ge_26  -2.9502148684737337
    sgn_0     prod_ge_27  -3.4145880032449023
    sgn_0     prod_ge_28  -2.9571165700101307
    sgn_0     prod_ge_29  -2.4859966541488197
    sgn_0     prod_ge_30  -2.301312528623686
    sgn_0     prod_ge_31  -2.4032921504253553
    sgn_0     prod_ge_32  -2.0511834092824746
    sgn_0     prod_ge_33  -3.6241362056931878
    sgn_0     prod_ge_34  -2.2492473871698166
    sgn_0     prod_ge_35  -2.5889059251101001
    sgn_0     prod_ge_36  -2.8779832981610705
    sgn_0     prod_ge_37  -3.4353195306677882
    sgn_0     prod_ge_38  -2.5471667171198829
    sgn_0     prod_ge_39  -1.5770209843842184
    sgn_0     prod_ge_40  -2.3508060463876719
    sgn_0     prod_ge_41  -2.7218560245596013
    sgn_0     prod_ge_42  -3.0577389121129142
    sgn_0     prod_ge_43  -2.3114177426927482
    sgn_0     prod_ge_44  -2.1336369529801078
    sgn_0     prod_ge_45  -3.5963455447595596
    sgn_0     prod_ge_46  -2.4161278116131526
    sgn_0     prod_ge_47  -2.4701346777384909
    sgn_0     prod_ge_48  -3.3340710017963664
    sgn_0     prod_ge_49  -1.9560153424828575
    sgn_0     prod_ge_50  -2.0632176466718271
    sgn_0     prod_ge_51  -2.4213051661945038
    sgn_0     prod_ge_52  -2.4298970710928236
    sgn_0     prod_ge_53  -2.4797249884521824
    sgn_0     prod_ge_54  -2.8868328834433257
    sgn_0     prod_ge_55  -2.0451550589709737
    sgn_0     prod_ge_56  -2.8986116270239615
    sgn_0     prod_ge_57  -1.4046962288744795
    sgn_0     prod_ge_58  -3.0656372454120895
    sgn_0     prod_ge_59  -3.253534565561143
    sgn_0     prod_ge_60  -3.5562942784841352
    sgn_0     prod_ge_61  -2.8505432735698548
    sgn_0     prod_ge_62  -2.4139376571759303
    sgn_0     prod_ge_63  -3.25391578251089
    sgn_0     prod_ge_64  -1.8574172067413619
    sgn_0     prod_ge_65  -2.359601786028843
    sgn_0     prod_ge_66  -1.9618363954802844
    sgn_0     prod_ge_67  -2.4643976125500444
    sgn_0     prod_ge_68  -2.689394795918842
    sgn_0     prod_ge_69  -2.27850799501309
    sgn_0     prod_ge_70  -3.6745371772739128
    sgn_0     prod_ge_71  -2.4869985720295156
    sgn_0     prod_ge_72  -3.1000966257263167
    sgn_0     prod_ge_73  -2.6823332530006629
    sgn_0     prod_ge_74  -2.5347023796633437
    sgn_0     prod_ge_75  -2.7695963339651595
    sgn_0     prod_ge_76  -2.8550315943046893
    sgn_0     prod_ge_77  -1.5801585131126028
    sgn_0     prod_ge_78  -2.3347473315941363
    sgn_0     prod_ge_79  -2.1458853759819818
    sgn_0     prod_ge_80  -2.7976888837954146
    sgn_0     prod_ge_81  -2.8093270880315053
    sgn_0     prod_ge_82  -2.1184255697269165
    sgn_0     prod_ge_83  -2.0727118833505482
    sgn_0     prod_ge_84  -2.7713452180314309
    sgn_0     prod_ge_85  -2.466780353076885
    sgn_0     prod_ge_86  -2.9255894643437577
    sgn_0     prod_ge_87  -2.0953020266190769
    sgn_0     prod_ge_88  -2.8770910891593111
    sgn_0     prod_ge_89  -2.5353397535916886
    sgn_0     prod_ge_90  -2.6374127774827008
    sgn_0     prod_ge_91  -2.1637161466807298
    sgn_0     prod_ge_92  -3.0733677666624404
    sgn_0     prod_ge_93  -2.035267763806746
    sgn_0     prod_ge_94  -1.7438351192426915
    sgn_0     prod_ge_95  -2.6870075973241132
    sgn_0     prod_ge_96  -2.3896519635299907
    sgn_0     prod_ge_97  -3.0541318292773756
    sgn_0     prod_ge_98  -1.8311199528481674
    sgn_0     prod_ge_99  -2.4968577773068756
    MARK0001  'MARKER'                 'INTEND'
    g_0_0     prod_le_h_0  1
    g_0_0     prod_le_sign_0  1
    g_0_0     prod_ge_0  1
    g_0_0     residual_0  2
    g_1_0     prod_le_h_1  1
    g_1_0     prod_le_sign_1  1
    g_1_0     prod_ge_1  1
    g_1_0     residual_1  2
    g_2_0     prod_le_h_2  1
    g_2_0     prod_le_sign_2  1
    g_2_0     prod_ge_2  1
    g_2_0     residual_2  2
    g_3_0     prod_le_h_3  1
    g_3_0     prod_le_sign_3  1
    g_3_0     prod_ge_3  1
    g_3_0     residual_3  2
    g_4_0     prod_le_h_4  1
    g_4_0     prod_le_sign_4  1
    g_4_0     prod_ge_4  1
    g_4_0     residual_4  2
    g_5_0     prod_le_h_5  1
    g_5_0     prod_le_sign_5  1
    g_5_0     prod_ge_5  1
    g_5_0     residual_5  2
    g_6_0     prod_le_h_6  1
    g_6_0     prod_le_sign_6  1
    g_6_0     prod_ge_6  1
    g_6_0     residual_6  2
    g_7_0     prod_le_h_7  1
    g_7_0     prod_le_sign_7  1
    g_7_0     prod_ge_7  1
    g_7_0     residual_7  2
    g_8_0     prod_le_h_8  1
    g_8_0     prod_le_sign_8  1
    g_8_0     prod_ge_8  1
    g_8_0     residual_8  2
    g_9_0     prod_le_h_9  1
    g_9_0     prod_le_sign_9  1
    g_9_0     prod_ge_9  1
    g_9_0     residual_9  2
    g_10_0    prod_le_h_10  1
    g_10_0    prod_le_sign_10  1
    g_10_0    prod_ge_10  1
    g_10_0    residual_10  2
    g_11_0    prod_le_h_11  1
    g_11_0    prod_le_sign_11  1
    g_11_0    prod_ge_11  1
    g_11_0    residual_11  2
    g_12_0    prod_le_h_12  1
    g_12_0    prod_le_sign_12  1
    g_12_0    prod_ge_12  1
    g_12_0    residual_12  2
    g_13_0    prod_le_h_13  1
    g_13_0    prod_le_sign_13  1
    g_13_0    prod_ge_13  1
    g_13_0    residual_13  2
    g_14_0    prod_le_h_14  1
    g_14_0    prod_le_sign_14  1
    g_14_0    prod_ge_14  1
    g_14_0    residual_14  2
    g_15_0    prod_le_h_15  1
    g_15_0    prod_le_sign_15  1
    g_15_0    prod_ge_15  1
    g_15_0    residual_15  2
    g_16_0    prod_le_h_16  1
    g_16_0    prod_le_sign_16  1
    g_16_0    prod_ge_16  1
    g_16_0    residual_16  2
    g_17_0    prod_le_h_17  1
    g_17_0    prod_le_sign_17  1
    g_17_0    prod_ge_17  1
    g_17_0    residual_17  2
    g_18_0    prod_le_h_18  1
    g_18_0    prod_le_sign_18  1
    g_18_0    prod_ge_18  1
    g_18_0    residual_18  2
    g_19_0    prod_le_h_19  1
    g_19_0    prod_le_sign_19  1
    g_19_0    prod_ge_19  1
    g_19_0    residual_19  2
    g_20_0    prod_le_h_20  1
    g_20_0    prod_le_sign_20  1
    g_20_0    prod_ge_20  1
    g_20_0    residual_20  2
    g_21_0    prod_le_h_21  1
    g_21_0    prod_le_sign_21  1
    g_21_0    prod_ge_21  1
    g_21_0    residual_21  2
    g_22_0    prod_le_h_22  1
    g_22_0    prod_le_sign_22  1
    g_22_0    prod_ge_22  1
    g_22_0    residual_22  2
    g_23_0    prod_le_h_23  1
    g_23_0    prod_le_sign_23  1
    g_23_0    prod_ge_23  1
    g_23_0    residual_23  2
    g_24_0    prod_le_h_24  1
    g_24_0    prod_le_sign_24  1
    g_24_0    prod_ge_24  1
    g_24_0    residual_24  2
    g_25_0    prod_le_h_25  1
    g_25_0    prod_le_sign_25  1
    g_25_0    prod_ge_25  1
    g_25_0    residual_25  2
    g_26_0    prod_le_h_26  1
    g_26_0    prod_le_sign_26  1
    g_26_0    prod_ge_26  1
    g_26_0    residual_26  2
    g_27_0    prod_le_h_27  1
    g_27_0    prod_le_sign_27  1
    g_27_0    prod_ge_27  1
    g_27_0    residual_27  2
    g_28_0    prod_le_h_28  1
    g_28_0    prod_le_sign_28  1
    g_28_0    prod_ge_28  1
    g_28_0    residual_28  2
    g_29_0    prod_le_h_29  1
    g_29_0    prod_le_sign_29  1
    g_29_0    prod_ge_29  1
    g_29_0    residual_29  2
    g_30_0    prod_le_h_30  1
    g_30_0    prod_le_sign_30  1
    g_30_0    prod_ge_30  1
    g_30_0    residual_30  2
    g_31_0    prod_le_h_31  1
    g_31_0    prod_le_sign_31  1
    g_31_0    prod_ge_31  1
    g_31_0    residual_31  2
    g_32_0    prod_le_h_32  1
    g_32_0    prod_le_sign_32  1
    g_32_0    prod_ge_32  1
    g_32_0    residual_32  2
    g_33_0    prod_le_h_33  1
    g_33_0    prod_le_sign_33  1
    g_33_0    prod_ge_33  1
    g_33_0    residual_33  2
    g_34_0    prod_le_h_34  1
    g_34_0    prod_le_sign_34  1
    g_34_0    prod_ge_34  1
    g_34_0    residual_34  2
    g_35_0    prod_le_h_35  1
    g_35_0    prod_le_sign_35  1
    g_35_0    prod_ge_35  1
    g_35_0    residual_35  2
    g_36_0    prod_le_h_36  1
    g_36_0    prod_le_sign_36  1
    g_36_0    prod_ge_36  1
    g_36_0    residual_36  2
    g_37_0    prod_le_h_37  1
    g_37_0    prod_le_sign_37  1
    g_37_0    prod_ge_37  1
    g_37_0    residual_37  2
    g_38_0    prod_le_h_38  1
    g_38_0    prod_le_sign_38  1
    g_38_0    prod_ge_38  1
    g_38_0    residual_38  2
    g_39_0    prod_le_h_39  1
    g_39_0    prod_le_sign_39  1
    g_39_0    prod_ge_39  1
    g_39_0    residual_39  2
    g_40_0    prod_le_h_40  1
    g_40_0    prod_le_sign_40  1
    g_40_0    prod_ge_40  1
    g_40_0    residual_40  2
    g_41_0    prod_le_h_41  1
    g_41_0    prod_le_sign_41  1
    g_41_0    prod_ge_41  1
    g_41_0    residual_41  2
    g_42_0    prod_le_h_42  1
    g_42_0    prod_le_sign_42  1
    g_42_0    prod_ge_42  1
    g_42_0    residual_42  2
    g_43_0    prod_le_h_43  1
    g_43_0    prod_le_sign_43  1
    g_43_0    prod_ge_43  1
    g_43_0    residual_43  2
    g_44_0    prod_le_h_44  1
    g_44_0    prod_le_sign_44  1
    g_44_0    prod_ge_44  1
    g_44_0    residual_44  2
    g_45_0    prod_le_h_45  1
    g_45_0    prod_le_sign_45  1
    g_45_0    prod_ge_45  1
    g_45_0    residual_45  2
    g_46_0    prod_le_h_46  1
    g_46_0    prod_le_sign_46  1
    g_46_0    prod_ge_46  1
    g_46_0    residual_46  2
    g_47_0    prod_le_h_47  1
    g_47_0    prod_le_sign_47  1
    g_47_0    prod_ge_47  1
    g_47_0    residual_47  2
    g_48_0    prod_le_h_48  1
    g_48_0    prod_le_sign_48  1
    g_48_0    prod_ge_48  1
    g_48_0    residual_48  2
    g_49_0    prod_le_h_49  1
    g_49_0    prod_le_sign_49  1
    g_49_0    prod_ge_49  1
    g_49_0    residual_49  2
    g_50_0    prod_le_h_50  1
    g_50_0    prod_le_sign_50  1
    g_50_0    prod_ge_50  1
    g_50_0    residual_50  2
    g_51_0    prod_le_h_51  1
    g_51_0    prod_le_sign_51  1
    g_51_0    prod_ge_51  1
    g_51_0    residual_51  2
    g_52_0    prod_le_h_52  1
    g_52_0    prod_le_sign_52  1
    g_52_0    prod_ge_52  1
    g_52_0    residual_52  2
    g_53_0    prod_le_h_53  1
    g_53_0    prod_le_sign_53  1
    g_53_0    prod_ge_53  1
    g_53_0    residual_53  2
    g_54_0    prod_le_h_54  1
    g_54_0    prod_le_sign_54  1
    g_54_0    prod_ge_54  1
    g_54_0    residual_54  2
    g_55_0    prod_le_h_55  1
    g_55_0    prod_le_sign_55  1
    g_55_0    prod_ge_55  1
    g_55_0    residual_55  2
    g_56_0    prod_le_h_56  1
    g_56_0    prod_le_sign_56  1
    g_56_0    prod_ge_56  1
    g_56_0    residual_56  2
    g_57_0    prod_le_h_57  1
    g_57_0    prod_le_sign_57  1
    g_57_0    prod_ge_57  1
    g_57_0    residual_57  2
    g_58_0    prod_le_h_58  1
    g_58_0    prod_le_sign_58  1
    g_58_0    prod_ge_58  1
    g_58_0    residual_58  2
    g_59_0    prod_le_h_59  1
    g_59_0    prod_le_sign_59  1
    g_59_0    prod_ge_59  1
    g_59_0    residual_59  2
    g_60_0    prod_le_h_60  1
    g_60_0    prod_le_sign_60  1
    g_60_0    prod_ge_60  1
    g_60_0    residual_60  2
    g_61_0    prod_le_h_61  1
    g_61_0    prod_le_sign_61  1
    g_61_0    prod_ge_61  1
    g_61_0    residual_61  2
    g_62_0    prod_le_h_62  1
    g_62_0    prod_le_sign_62  1
    g_62_0    prod_ge_62  1
    g_62_0    residual_62  2
    g_63_0    prod_le_h_63  1
    g_63_0    prod_le_sign_63  1
    g_63_0    prod_ge_63  1
    g_63_0    residual_63  2
    g_64_0    prod_le_h_64  1
    g_64_0    prod_le_sign_64  1
    g_64_0    prod_ge_64  1
    g_64_0    residual_64  2
    g_65_0    prod_le_h_65  1
    g_65_0    prod_le_sign_65  1
    g_65_0    prod_ge_65  1
    g_65_0    residual_65  2
    g_66_0    prod_le_h_66  1
    g_66_0    prod_le_sign_66  1
    g_66_0    prod_ge_66  1
    g_66_0    residual_66  2
    g_67_0    prod_le_h_67  1
    g_67_0    prod_le_sign_67  1
    g_67_0    prod_ge_67  1
    g_67_0    residual_67  2
    g_68_0    prod_le_h_68  1
    g_68_0    prod_le_sign_68  1
    g_68_0    prod_ge_68  1
    g_68_0    residual_68  2
    g_69_0    prod_le_h_69  1
    g_69_0    prod_le_sign_69  1
    g_69_0    prod_ge_69  1
    g_69_0    residual_69  2
    g_70_0    prod_le_h_70  1
    g_70_0    prod_le_sign_70  1
    g_70_0    prod_ge_70  1
    g_70_0    residual_70  2
    g_71_0    prod_le_h_71  1
    g_71_0    prod_le_sign_71  1
    g_71_0    prod_ge_71  1
    g_71_0    residual_71  2
    g_72_0    prod_le_h_72  1
    g_72_0    prod_le_sign_72  1
    g_72_0    prod_ge_72  1
    g_72_0    residual_72  2
    g_73_0    prod_le_h_73  1
    g_73_0    prod_le_sign_73  1
    g_73_0    prod_ge_73  1
    g_73_0    residual_73  2
    g_74_0    prod_le_h_74  1
    g_74_0    prod_le_sign_74  1
    g_74_0    prod_ge_74  1
    g_74_0    residual_74  2
    g_75_0    prod_le_h_75  1
    g_75_0    prod_le_sign_75  1
    g_75_0    prod_ge_75  1
    g_75_0    residual_75  2
    g_76_0    prod_le_h_76  1
    g_76_0    prod_le_sign_76  1
    g_76_0    prod_ge_76  1
    g_76_0    residual_76  2
    g_77_0    prod_le_h_77  1
    g_77_0    prod_le_sign_77  1
    g_77_0    prod_ge_77  1
    g_77_0    residual_77  2
    g_78_0    prod_le_h_78  1
    g_78_0    prod_le_sign_78  1
    g_78_0    prod_ge_78  1
    g_78_0    residual_78  2
    g_79_0    prod_le_h_79  1
    g_79_0    prod_le_sign_79  1
    g_79_0    prod_ge_79  1
    g_79_0    residual_79  2
    g_80_0    prod_le_h_80  1
    g_80_0    prod_le_sign_80  1
    g_80_0    prod_ge_80  1
    g_80_0    residual_80  2
    g_81_0    prod_le_h_81  1
    g_81_0    prod_le_sign_81  1
    g_81_0    prod_ge_81  1
    g_81_0    residual_81  2
    g_82_0    prod_le_h_82  1
    g_82_0    prod_le_sign_82  1
    g_82_0    prod_ge_82  1
    g_82_0    residual_82  2
    g_83_0    prod_le_h_83  1
    g_83_0    prod_le_sign_83  1
    g_83_0    prod_ge_83  1
    g_83_0    residual_83  2
    g_84_0    prod_le_h_84  1
    g_84_0    prod_le_sign_84  1
    g_84_0    prod_ge_84  1
    g_84_0    residual_84  2
    g_85_0    prod_le_h_85  1
    g_85_0    prod_le_sign_85  1
    g_85_0    prod_ge_85  1
    g_85_0    residual_85  2
    g_86_0    prod_le_h_86  1
    g_86_0    prod_le_sign_86  1
    g_86_0    prod_ge_86  1
    g_86_0    residual_86  2
    g_87_0    prod_le_h_87  1
    g_87_0    prod_le_sign_87  1
    g_87_0    prod_ge_87  1
    g_87_0    residual_87  2
    g_88_0    prod_le_h_88  1
    g_88_0    prod_le_sign_88  1
    g_88_0    prod_ge_88  1
    g_88_0    residual_88  2
    g_89_0    prod_le_h_89  1
    g_89_0    prod_le_sign_89  1
    g_89_0    prod_ge_89  1
    g_89_0    residual_89  2
    g_90_0    prod_le_h_90  1
    g_90_0    prod_le_sign_90  1
    g_90_0    prod_ge_90  1
    g_90_0    residual_90  2
    g_91_0    prod_le_h_91  1
    g_91_0    prod_le_sign_91  1
    g_91_0    prod_ge_91  1
    g_91_0    residual_91  2
    g_92_0    prod_le_h_92  1
    g_92_0    prod_le_sign_92  1
    g_92_0    prod_ge_92  1
    g_92_0    residual_92  2
    g_93_0    prod_le_h_93  1
    g_93_0    prod_le_sign_93  1
    g_93_0    prod_ge_93  1
    g_93_0    residual_93  2
    g_94_0    prod_le_h_94  1
    g_94_0    prod_le_sign_94  1
    g_94_0    prod_ge_94  1
    g_94_0    residual_94  2
    g_95_0    prod_le_h_95  1
    g_95_0    prod_le_sign_95  1
    g_95_0    prod_ge_95  1
    g_95_0    residual_95  2
    g_96_0    prod_le_h_96  1
    g_96_0    prod_le_sign_96  1
    g_96_0    prod_ge_96  1
    g_96_0    residual_96  2
    g_97_0    prod_le_h_97  1
    g_97_0    prod_le_sign_97  1
    g_97_0    prod_ge_97  1
    g_97_0    residual_97  2
    g_98_0    prod_le_h_98  1
    g_98_0    prod_le_sign_98  1
    g_98_0    prod_ge_98  1
    g_98_0    residual_98  2
    g_99_0    prod_le_h_99  1
    g_99_0    prod_le_sign_99  1
    g_99_0    prod_ge_99  1
    g_99_0    residual_99  2
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
    r_50      residual_50  -1
    r_51      residual_51  -1
    r_52      residual_52  -1
    r_53      residual_53  -1
    r_54      residual_54  -1
    r_55      residual_55  -1
    r_56      residual_56  -1
    r_57      residual_57  -1
    r_58      residual_58  -1
    r_59      residual_59  -1
    r_60      residual_60  -1
    r_61      residual_61  -1
    r_62      residual_62  -1
    r_63      residual_63  -1
    r_64      residual_64  -1
    r_65      residual_65  -1
    r_66      residual_66  -1
    r_67      residual_67  -1
    r_68      residual_68  -1
    r_69      residual_69  -1
    r_70      residual_70  -1
    r_71      residual_71  -1
    r_72      residual_72  -1
    r_73      residual_73  -1
    r_74      residual_74  -1
    r_75      residual_75  -1
    r_76      residual_76  -1
    r_77      residual_77  -1
    r_78      residual_78  -1
    r_79      residual_79  -1
    r_80      residual_80  -1
    r_81      residual_81  -1
    r_82      residual_82  -1
    r_83      residual_83  -1
    r_84      residual_84  -1
    r_85      residual_85  -1
    r_86      residual_86  -1
    r_87      residual_87  -1
    r_88      residual_88  -1
    r_89      residual_89  -1
    r_90      residual_90  -1
    r_91      residual_91  -1
    r_92      residual_92  -1
    r_93      residual_93  -1
    r_94      residual_94  -1
    r_95      residual_95  -1
    r_96      residual_96  -1
    r_97      residual_97  -1
    r_98      residual_98  -1
    r_99      residual_99  -1
RHS
    RHS_V     relu_le_pre_0  2.9710256522242462
    RHS_V     relu_le_pre_1  1.889458619499965
    RHS_V     relu_le_pre_2  2.1732084889287941
    RHS_V     relu_le_pre_3  2.3556713569953303
    RHS_V     relu_le_pre_4  2.2083748390190019
    RHS_V     relu_le_pre_5  2.1126294349968462
    RHS_V     relu_le_pre_6  2.7632684767282782
    RHS_V     relu_le_pre_7  2.2312832966657687
    RHS_V     relu_le_pre_8  3.1559973354518034
    RHS_V     relu_le_pre_9  2.3469681086090715
    RHS_V     relu_le_pre_10  1.4069586284107329
    RHS_V     relu_le_pre_11  2.6323438574302922
    RHS_V     relu_le_pre_12  1.8900340185838416
    RHS_V     relu_le_pre_13  1.7526425222088546
    RHS_V     relu_le_pre_14  3.2889377540830798
    RHS_V     relu_le_pre_15  2.2865060051952177
    RHS_V     relu_le_pre_16  2.8475336798333721
    RHS_V     relu_le_pre_17  1.9015019336281116
    RHS_V     relu_le_pre_18  2.9016936934378137
    RHS_V     relu_le_pre_19  2.9425238266273976
    RHS_V     relu_le_pre_20  2.5660026214080354
    RHS_V     relu_le_pre_21  1.2715766354023792
    RHS_V     relu_le_pre_22  2.5244124719504191
    RHS_V     relu_le_pre_23  2.1771708743752365
    RHS_V     relu_le_pre_24  2.0349955053745936
    RHS_V     relu_le_pre_25  3.1780102930983425
    RHS_V     relu_le_pre_26  2.9502148684737337
    RHS_V     relu_le_pre_27  3.4145880032449023
    RHS_V     relu_le_pre_28  2.9571165700101307
    RHS_V     relu_le_pre_29  2.4859966541488197
    RHS_V     relu_le_pre_30  2.301312528623686
    RHS_V     relu_le_pre_31  2.4032921504253553
    RHS_V     relu_le_pre_32  2.0511834092824746
    RHS_V     relu_le_pre_33  3.6241362056931878
    RHS_V     relu_le_pre_34  2.2492473871698166
    RHS_V     relu_le_pre_35  2.5889059251101001
    RHS_V     relu_le_pre_36  2.8779832981610705
    RHS_V     relu_le_pre_37  3.4353195306677882
    RHS_V     relu_le_pre_38  2.5471667171198829
    RHS_V     relu_le_pre_39  1.5770209843842184
    RHS_V     relu_le_pre_40  2.3508060463876719
    RHS_V     relu_le_pre_41  2.7218560245596013
    RHS_V     relu_le_pre_42  3.0577389121129142
    RHS_V     relu_le_pre_43  2.3114177426927482
    RHS_V     relu_le_pre_44  2.1336369529801078
    RHS_V     relu_le_pre_45  3.5963455447595596
    RHS_V     relu_le_pre_46  2.4161278116131526
    RHS_V     relu_le_pre_47  2.4701346777384909
    RHS_V     relu_le_pre_48  3.3340710017963664
    RHS_V     relu_le_pre_49  1.9560153424828575
    RHS_V     relu_le_pre_50  2.0632176466718271
    RHS_V     relu_le_pre_51  2.4213051661945038
    RHS_V     relu_le_pre_52  2.4298970710928236
    RHS_V     relu_le_pre_53  2.4797249884521824
    RHS_V     relu_le_pre_54  2.8868328834433257
    RHS_V     relu_le_pre_55  2.0451550589709737
    RHS_V     relu_le_pre_56  2.8986116270239615
    RHS_V     relu_le_pre_57  1.4046962288744795
    RHS_V     relu_le_pre_58  3.0656372454120895
    RHS_V     relu_le_pre_59  3.253534565561143
    RHS_V     relu_le_pre_60  3.5562942784841352
    RHS_V     relu_le_pre_61  2.8505432735698548
    RHS_V     relu_le_pre_62  2.4139376571759303
    RHS_V     relu_le_pre_63  3.25391578251089
    RHS_V     relu_le_pre_64  1.8574172067413619
    RHS_V     relu_le_pre_65  2.359601786028843
    RHS_V     relu_le_pre_66  1.9618363954802844
    RHS_V     relu_le_pre_67  2.4643976125500444
    RHS_V     relu_le_pre_68  2.689394795918842
    RHS_V     relu_le_pre_69  2.27850799501309
    RHS_V     relu_le_pre_70  3.6745371772739128
    RHS_V     relu_le_pre_71  2.4869985720295156
    RHS_V     relu_le_pre_72  3.1000966257263167
    RHS_V     relu_le_pre_73  2.6823332530006629
    RHS_V     relu_le_pre_74  2.5347023796633437
    RHS_V     relu_le_pre_75  2.7695963339651595
    RHS_V     relu_le_pre_76  2.8550315943046893
    RHS_V     relu_le_pre_77  1.5801585131126028
    RHS_V     relu_le_pre_78  2.3347473315941363
    RHS_V     relu_le_pre_79  2.1458853759819818
    RHS_V     relu_le_pre_80  2.7976888837954146
    RHS_V     relu_le_pre_81  2.8093270880315053
    RHS_V     relu_le_pre_82  2.1184255697269165
    RHS_V     relu_le_pre_83  2.0727118833505482
    RHS_V     relu_le_pre_84  2.7713452180314309
    RHS_V     relu_le_pre_85  2.466780353076885
    RHS_V     relu_le_pre_86  2.9255894643437577
    RHS_V     relu_le_pre_87  2.0953020266190769
    RHS_V     relu_le_pre_88  2.8770910891593111
    RHS_V     relu_le_pre_89  2.5353397535916886
    RHS_V     relu_le_pre_90  2.6374127774827008
    RHS_V     relu_le_pre_91  2.1637161466807298
    RHS_V     relu_le_pre_92  3.0733677666624404
    RHS_V     relu_le_pre_93  2.035267763806746
    RHS_V     relu_le_pre_94  1.7438351192426915
    RHS_V     relu_le_pre_95  2.6870075973241132
    RHS_V     relu_le_pre_96  2.3896519635299907
    RHS_V     relu_le_pre_97  3.0541318292773756
    RHS_V     relu_le_pre_98  1.8311199528481674
    RHS_V     relu_le_pre_99  2.4968577773068756
    RHS_V     prod_ge_0  -2.9710256522242462
    RHS_V     prod_ge_1  -1.889458619499965
    RHS_V     prod_ge_2  -2.1732084889287941
    RHS_V     prod_ge_3  -2.3556713569953303
    RHS_V     prod_ge_4  -2.2083748390190019
    RHS_V     prod_ge_5  -2.1126294349968462
    RHS_V     prod_ge_6  -2.7632684767282782
    RHS_V     prod_ge_7  -2.2312832966657687
    RHS_V     prod_ge_8  -3.1559973354518034
    RHS_V     prod_ge_9  -2.3469681086090715
    RHS_V     prod_ge_10  -1.4069586284107329
    RHS_V     prod_ge_11  -2.6323438574302922
    RHS_V     prod_ge_12  -1.8900340185838416
    RHS_V     prod_ge_13  -1.7526425222088546
    RHS_V     prod_ge_14  -3.2889377540830798
    RHS_V     prod_ge_15  -2.2865060051952177
    RHS_V     prod_ge_16  -2.8475336798333721
    RHS_V     prod_ge_17  -1.9015019336281116
    RHS_V     prod_ge_18  -2.9016936934378137
    RHS_V     prod_ge_19  -2.9425238266273976
    RHS_V     prod_ge_20  -2.5660026214080354
    RHS_V     prod_ge_21  -1.2715766354023792
    RHS_V     prod_ge_22  -2.5244124719504191
    RHS_V     prod_ge_23  -2.1771708743752365
    RHS_V     prod_ge_24  -2.0349955053745936
    RHS_V     prod_ge_25  -3.1780102930983425
    RHS_V     prod_ge_26  -2.9502148684737337
    RHS_V     prod_ge_27  -3.4145880032449023
    RHS_V     prod_ge_28  -2.9571165700101307
    RHS_V     prod_ge_29  -2.4859966541488197
    RHS_V     prod_ge_30  -2.301312528623686
    RHS_V     prod_ge_31  -2.4032921504253553
    RHS_V     prod_ge_32  -2.0511834092824746
    RHS_V     prod_ge_33  -3.6241362056931878
    RHS_V     prod_ge_34  -2.2492473871698166
    RHS_V     prod_ge_35  -2.5889059251101001
    RHS_V     prod_ge_36  -2.8779832981610705
    RHS_V     prod_ge_37  -3.4353195306677882
    RHS_V     prod_ge_38  -2.5471667171198829
    RHS_V     prod_ge_39  -1.5770209843842184
    RHS_V     prod_ge_40  -2.3508060463876719
    RHS_V     prod_ge_41  -2.7218560245596013
    RHS_V     prod_ge_42  -3.0577389121129142
    RHS_V     prod_ge_43  -2.3114177426927482
    RHS_V     prod_ge_44  -2.1336369529801078
    RHS_V     prod_ge_45  -3.5963455447595596
    RHS_V     prod_ge_46  -2.4161278116131526
    RHS_V     prod_ge_47  -2.4701346777384909
    RHS_V     prod_ge_48  -3.3340710017963664
    RHS_V     prod_ge_49  -1.9560153424828575
    RHS_V     prod_ge_50  -2.0632176466718271
    RHS_V     prod_ge_51  -2.4213051661945038
    RHS_V     prod_ge_52  -2.4298970710928236
    RHS_V     prod_ge_53  -2.4797249884521824
    RHS_V     prod_ge_54  -2.8868328834433257
    RHS_V     prod_ge_55  -2.0451550589709737
    RHS_V     prod_ge_56  -2.8986116270239615
    RHS_V     prod_ge_57  -1.4046962288744795
    RHS_V     prod_ge_58  -3.0656372454120895
    RHS_V     prod_ge_59  -3.253534565561143
    RHS_V     prod_ge_60  -3.5562942784841352
    RHS_V     prod_ge_61  -2.8505432735698548
    RHS_V     prod_ge_62  -2.4139376571759303
    RHS_V     prod_ge_63  -3.25391578251089
    RHS_V     prod_ge_64  -1.8574172067413619
    RHS_V     prod_ge_65  -2.359601786028843
    RHS_V     prod_ge_66  -1.9618363954802844
    RHS_V     prod_ge_67  -2.4643976125500444
    RHS_V     prod_ge_68  -2.689394795918842
    RHS_V     prod_ge_69  -2.27850799501309
    RHS_V     prod_ge_70  -3.6745371772739128
    RHS_V     prod_ge_71  -2.4869985720295156
    RHS_V     prod_ge_72  -3.1000966257263167
    RHS_V     prod_ge_73  -2.6823332530006629
    RHS_V     prod_ge_74  -2.5347023796633437
    RHS_V     prod_ge_75  -2.7695963339651595
    RHS_V     prod_ge_76  -2.8550315943046893
    RHS_V     prod_ge_77  -1.5801585131126028
    RHS_V     prod_ge_78  -2.3347473315941363
    RHS_V     prod_ge_79  -2.1458853759819818
    RHS_V     prod_ge_80  -2.7976888837954146
    RHS_V     prod_ge_81  -2.8093270880315053
    RHS_V     prod_ge_82  -2.1184255697269165
    RHS_V     prod_ge_83  -2.0727118833505482
    RHS_V     prod_ge_84  -2.7713452180314309
    RHS_V     prod_ge_85  -2.466780353076885
    RHS_V     prod_ge_86  -2.9255894643437577
    RHS_V     prod_ge_87  -2.0953020266190769
    RHS_V     prod_ge_88  -2.8770910891593111
    RHS_V     prod_ge_89  -2.5353397535916886
    RHS_V     prod_ge_90  -2.6374127774827008
    RHS_V     prod_ge_91  -2.1637161466807298
    RHS_V     prod_ge_92  -3.0733677666624404
    RHS_V     prod_ge_93  -2.035267763806746
    RHS_V     prod_ge_94  -1.7438351192426915
    RHS_V     prod_ge_95  -2.6870075973241132
    RHS_V     prod_ge_96  -2.3896519635299907
    RHS_V     prod_ge_97  -3.0541318292773756
    RHS_V     prod_ge_98  -1.8311199528481674
    RHS_V     prod_ge_99  -2.4968577773068756
    RHS_V     residual_0  0.03810842858566544
    RHS_V     residual_1  0.079140280601273316
    RHS_V     residual_2  0.030199552543264108
    RHS_V     residual_3  0.024914045492159993
    RHS_V     residual_4  -0.041938342698717976
    RHS_V     residual_5  0.076714692265796705
    RHS_V     residual_6  0.067190316019842669
    RHS_V     residual_7  -0.026541624358456913
    RHS_V     residual_8  0.28209051058478163
    RHS_V     residual_9  -0.049802596173239289
    RHS_V     residual_10  0.07336034426919387
    RHS_V     residual_11  0.020317708451490835
    RHS_V     residual_12  -0.0047532334580186212
    RHS_V     residual_13  0.020345000021144852
    RHS_V     residual_14  0.022031114518426202
    RHS_V     residual_15  -0.020574835170142788
    RHS_V     residual_16  -0.062078259287147323
    RHS_V     residual_17  -0.064187268435744918
    RHS_V     residual_18  -0.086918325655575238
    RHS_V     residual_19  0.023062651024841473
    RHS_V     residual_20  0.11092709193170036
    RHS_V     residual_21  -0.084953464881827395
    RHS_V     residual_22  0.0069143729412444706
    RHS_V     residual_23  0.020549197130304311
    RHS_V     residual_24  -0.049231283863074876
    RHS_V     residual_25  0.33198621131538103
    RHS_V     residual_26  -0.054846844945918932
    RHS_V     residual_27  0.060020105949406266
    RHS_V     residual_28  -0.029712452815578334
    RHS_V     residual_29  0.0050280191745632882
    RHS_V     residual_30  0.034212079249726988
    RHS_V     residual_31  -0.021490968459615765
    RHS_V     residual_32  -0.089561541142052281
    RHS_V     residual_33  -0.026562782946772154
    RHS_V     residual_34  0.038149763382320512
    RHS_V     residual_35  -0.0042266328646711777
    RHS_V     residual_36  0.011489459198197965
    RHS_V     residual_37  -0.054020090345247677
    RHS_V     residual_38  0.0071611455407771521
    RHS_V     residual_39  0.036408349495940844
    RHS_V     residual_40  0.0018224010245309369
    RHS_V     residual_41  0.095400729516005867
    RHS_V     residual_42  -0.010389678913026976
    RHS_V     residual_43  -0.052067511816866779
    RHS_V     residual_44  -0.08088296211730539
    RHS_V     residual_45  0.52943433663602868
    RHS_V     residual_46  -0.0029509121898246352
    RHS_V     residual_47  0.050581088993122018
    RHS_V     residual_48  0.022883445938604273
    RHS_V     residual_49  0.081254214528789837
    RHS_V     residual_50  0.063305368138056581
    RHS_V     residual_51  -0.018877728108416546
    RHS_V     residual_52  0.013694245045709661
    RHS_V     residual_53  0.054268599633652853
    RHS_V     residual_54  -0.061803757202767498
    RHS_V     residual_55  0.072544798753040568
    RHS_V     residual_56  0.060599667115611128
    RHS_V     residual_57  0.049146293165571883
    RHS_V     residual_58  -0.01004660804584989
    RHS_V     residual_59  0.01510705198714667
    RHS_V     residual_60  -0.05586196204511025
    RHS_V     residual_61  0.002897708691772671
    RHS_V     residual_62  -0.029368976071971111
    RHS_V     residual_63  0.0043281982671205862
    RHS_V     residual_64  -0.024731313140048908
    RHS_V     residual_65  0.014190175595960954
    RHS_V     residual_66  0.058966608816748783
    RHS_V     residual_67  -0.065480159195732565
    RHS_V     residual_68  0.046269543776195556
    RHS_V     residual_69  -0.099590628475875312
    RHS_V     residual_70  -0.10805166752635753
    RHS_V     residual_71  -0.0059684338199046385
    RHS_V     residual_72  0.00033646908195522629
    RHS_V     residual_73  0.022140042682293037
    RHS_V     residual_74  -0.082369263508372315
    RHS_V     residual_75  -0.0029969321372578716
    RHS_V     residual_76  0.044704758664974489
    RHS_V     residual_77  0.06276024915855867
    RHS_V     residual_78  -0.0051919792753285683
    RHS_V     residual_79  0.026449587416072874
    RHS_V     residual_80  -0.048871277516426601
    RHS_V     residual_81  -0.0093777316900047532
    RHS_V     residual_82  -0.022276766056924403
    RHS_V     residual_83  0.035165218933078966
    RHS_V     residual_84  -0.049440963867160667
    RHS_V     residual_85  -0.041716122856500781
    RHS_V     residual_86  0.028799408427347933
    RHS_V     residual_87  0.089471833107815438
    RHS_V     residual_88  0.01913516652647643
    RHS_V     residual_89  0.015178014671421847
    RHS_V     residual_90  -0.017307119679396223
    RHS_V     residual_91  0.05442126144476768
    RHS_V     residual_92  0.026995847832840886
    RHS_V     residual_93  0.086659635968063517
    RHS_V     residual_94  0.016535575517245219
    RHS_V     residual_95  -0.018904240466838182
    RHS_V     residual_96  -0.028497075041137989
    RHS_V     residual_97  0.15317152707000817
    RHS_V     residual_98  -0.062541044645518254
    RHS_V     residual_99  0.063185871326584805
BOUNDS
 LO BOUND     W_0_0     -1
 UP BOUND     W_0_0     1
 LO BOUND     W_0_1     -1
 UP BOUND     W_0_1     1
 LO BOUND     W_0_2     -1
 UP BOUND     W_0_2     1
 LO BOUND     b_0       -1
 UP BOUND     b_0       1
 UP BOUND     h_0_0     2.9710256522242462
 UP BOUND     h_1_0     1.889458619499965
 UP BOUND     h_2_0     2.1732084889287941
 UP BOUND     h_3_0     2.3556713569953303
 UP BOUND     h_4_0     2.2083748390190019
 UP BOUND     h_5_0     2.1126294349968462
 UP BOUND     h_6_0     2.7632684767282782
 UP BOUND     h_7_0     2.2312832966657687
 UP BOUND     h_8_0     3.1559973354518034
 UP BOUND     h_9_0     2.3469681086090715
 UP BOUND     h_10_0    1.4069586284107329
 UP BOUND     h_11_0    2.6323438574302922
 UP BOUND     h_12_0    1.8900340185838416
 UP BOUND     h_13_0    1.7526425222088546
 UP BOUND     h_14_0    3.2889377540830798
 UP BOUND     h_15_0    2.2865060051952177
 UP BOUND     h_16_0    2.8475336798333721
 UP BOUND     h_17_0    1.9015019336281116
 UP BOUND     h_18_0    2.9016936934378137
 UP BOUND     h_19_0    2.9425238266273976
 UP BOUND     h_20_0    2.5660026214080354
 UP BOUND     h_21_0    1.2715766354023792
 UP BOUND     h_22_0    2.5244124719504191
 UP BOUND     h_23_0    2.1771708743752365
 UP BOUND     h_24_0    2.0349955053745936
 UP BOUND     h_25_0    3.1780102930983425
 UP BOUND     h_26_0    2.9502148684737337
 UP BOUND     h_27_0    3.4145880032449023
 UP BOUND     h_28_0    2.9571165700101307
 UP BOUND     h_29_0    2.4859966541488197
 UP BOUND     h_30_0    2.301312528623686
 UP BOUND     h_31_0    2.4032921504253553
 UP BOUND     h_32_0    2.0511834092824746
 UP BOUND     h_33_0    3.6241362056931878
 UP BOUND     h_34_0    2.2492473871698166
 UP BOUND     h_35_0    2.5889059251101001
 UP BOUND     h_36_0    2.8779832981610705
 UP BOUND     h_37_0    3.4353195306677882
 UP BOUND     h_38_0    2.5471667171198829
 UP BOUND     h_39_0    1.5770209843842184
 UP BOUND     h_40_0    2.3508060463876719
 UP BOUND     h_41_0    2.7218560245596013
 UP BOUND     h_42_0    3.0577389121129142
 UP BOUND     h_43_0    2.3114177426927482
 UP BOUND     h_44_0    2.1336369529801078
 UP BOUND     h_45_0    3.5963455447595596
 UP BOUND     h_46_0    2.4161278116131526
 UP BOUND     h_47_0    2.4701346777384909
 UP BOUND     h_48_0    3.3340710017963664
 UP BOUND     h_49_0    1.9560153424828575
 UP BOUND     h_50_0    2.0632176466718271
 UP BOUND     h_51_0    2.4213051661945038
 UP BOUND     h_52_0    2.4298970710928236
 UP BOUND     h_53_0    2.4797249884521824
 UP BOUND     h_54_0    2.8868328834433257
 UP BOUND     h_55_0    2.0451550589709737
 UP BOUND     h_56_0    2.8986116270239615
 UP BOUND     h_57_0    1.4046962288744795
 UP BOUND     h_58_0    3.0656372454120895
 UP BOUND     h_59_0    3.253534565561143
 UP BOUND     h_60_0    3.5562942784841352
 UP BOUND     h_61_0    2.8505432735698548
 UP BOUND     h_62_0    2.4139376571759303
 UP BOUND     h_63_0    3.25391578251089
 UP BOUND     h_64_0    1.8574172067413619
 UP BOUND     h_65_0    2.359601786028843
 UP BOUND     h_66_0    1.9618363954802844
 UP BOUND     h_67_0    2.4643976125500444
 UP BOUND     h_68_0    2.689394795918842
 UP BOUND     h_69_0    2.27850799501309
 UP BOUND     h_70_0    3.6745371772739128
 UP BOUND     h_71_0    2.4869985720295156
 UP BOUND     h_72_0    3.1000966257263167
 UP BOUND     h_73_0    2.6823332530006629
 UP BOUND     h_74_0    2.5347023796633437
 UP BOUND     h_75_0    2.7695963339651595
 UP BOUND     h_76_0    2.8550315943046893
 UP BOUND     h_77_0    1.5801585131126028
 UP BOUND     h_78_0    2.3347473315941363
 UP BOUND     h_79_0    2.1458853759819818
 UP BOUND     h_80_0    2.7976888837954146
 UP BOUND     h_81_0    2.8093270880315053
 UP BOUND     h_82_0    2.1184255697269165
 UP BOUND     h_83_0    2.0727118833505482
 UP BOUND     h_84_0    2.7713452180314309
 UP BOUND     h_85_0    2.466780353076885
 UP BOUND     h_86_0    2.9255894643437577
 UP BOUND     h_87_0    2.0953020266190769
 UP BOUND     h_88_0    2.8770910891593111
 UP BOUND     h_89_0    2.5353397535916886
 UP BOUND     h_90_0    2.6374127774827008
 UP BOUND     h_91_0    2.1637161466807298
 UP BOUND     h_92_0    3.0733677666624404
 UP BOUND     h_93_0    2.035267763806746
 UP BOUND     h_94_0    1.7438351192426915
 UP BOUND     h_95_0    2.6870075973241132
 UP BOUND     h_96_0    2.3896519635299907
 UP BOUND     h_97_0    3.0541318292773756
 UP BOUND     h_98_0    1.8311199528481674
 UP BOUND     h_99_0    2.4968577773068756
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
 BV BOUND     z_60_0  
 BV BOUND     z_61_0  
 BV BOUND     z_62_0  
 BV BOUND     z_63_0  
 BV BOUND     z_64_0  
 BV BOUND     z_65_0  
 BV BOUND     z_66_0  
 BV BOUND     z_67_0  
 BV BOUND     z_68_0  
 BV BOUND     z_69_0  
 BV BOUND     z_70_0  
 BV BOUND     z_71_0  
 BV BOUND     z_72_0  
 BV BOUND     z_73_0  
 BV BOUND     z_74_0  
 BV BOUND     z_75_0  
 BV BOUND     z_76_0  
 BV BOUND     z_77_0  
 BV BOUND     z_78_0  
 BV BOUND     z_79_0  
 BV BOUND     z_80_0  
 BV BOUND     z_81_0  
 BV BOUND     z_82_0  
 BV BOUND     z_83_0  
 BV BOUND     z_84_0  
 BV BOUND     z_85_0  
 BV BOUND     z_86_0  
 BV BOUND     z_87_0  
 BV BOUND     z_88_0  
 BV BOUND     z_89_0  
 BV BOUND     z_90_0  
 BV BOUND     z_91_0  
 BV BOUND     z_92_0  
 BV BOUND     z_93_0  
 BV BOUND     z_94_0  
 BV BOUND     z_95_0  
 BV BOUND     z_96_0  
 BV BOUND     z_97_0  
 BV BOUND     z_98_0  
 BV BOUND     z_99_0  
 BV BOUND     sgn_0   
 UP BOUND     g_0_0     2.9710256522242462
 UP BOUND     g_1_0     1.889458619499965
 UP BOUND     g_2_0     2.1732084889287941
 UP BOUND     g_3_0     2.3556713569953303
 UP BOUND     g_4_0     2.2083748390190019
 UP BOUND     g_5_0     2.1126294349968462
 UP BOUND     g_6_0     2.7632684767282782
 UP BOUND     g_7_0     2.2312832966657687
 UP BOUND     g_8_0     3.1559973354518034
 UP BOUND     g_9_0     2.3469681086090715
 UP BOUND     g_10_0    1.4069586284107329
 UP BOUND     g_11_0    2.6323438574302922
 UP BOUND     g_12_0    1.8900340185838416
 UP BOUND     g_13_0    1.7526425222088546
 UP BOUND     g_14_0    3.2889377540830798
 UP BOUND     g_15_0    2.2865060051952177
 UP BOUND     g_16_0    2.8475336798333721
 UP BOUND     g_17_0    1.9015019336281116
 UP BOUND     g_18_0    2.9016936934378137
 UP BOUND     g_19_0    2.9425238266273976
 UP BOUND     g_20_0    2.5660026214080354
 UP BOUND     g_21_0    1.2715766354023792
 UP BOUND     g_22_0    2.5244124719504191
 UP BOUND     g_23_0    2.1771708743752365
 UP BOUND     g_24_0    2.0349955053745936
 UP BOUND     g_25_0    3.1780102930983425
 UP BOUND     g_26_0    2.9502148684737337
 UP BOUND     g_27_0    3.4145880032449023
 UP BOUND     g_28_0    2.9571165700101307
 UP BOUND     g_29_0    2.4859966541488197
 UP BOUND     g_30_0    2.301312528623686
 UP BOUND     g_31_0    2.4032921504253553
 UP BOUND     g_32_0    2.0511834092824746
 UP BOUND     g_33_0    3.6241362056931878
 UP BOUND     g_34_0    2.2492473871698166
 UP BOUND     g_35_0    2.5889059251101001
 UP BOUND     g_36_0    2.8779832981610705
 UP BOUND     g_37_0    3.4353195306677882
 UP BOUND     g_38_0    2.5471667171198829
 UP BOUND     g_39_0    1.5770209843842184
 UP BOUND     g_40_0    2.3508060463876719
 UP BOUND     g_41_0    2.7218560245596013
 UP BOUND     g_42_0    3.0577389121129142
 UP BOUND     g_43_0    2.3114177426927482
 UP BOUND     g_44_0    2.1336369529801078
 UP BOUND     g_45_0    3.5963455447595596
 UP BOUND     g_46_0    2.4161278116131526
 UP BOUND     g_47_0    2.4701346777384909
 UP BOUND     g_48_0    3.3340710017963664
 UP BOUND     g_49_0    1.9560153424828575
 UP BOUND     g_50_0    2.0632176466718271
 UP BOUND     g_51_0    2.4213051661945038
 UP BOUND     g_52_0    2.4298970710928236
 UP BOUND     g_53_0    2.4797249884521824
 UP BOUND     g_54_0    2.8868328834433257
 UP BOUND     g_55_0    2.0451550589709737
 UP BOUND     g_56_0    2.8986116270239615
 UP BOUND     g_57_0    1.4046962288744795
 UP BOUND     g_58_0    3.0656372454120895
 UP BOUND     g_59_0    3.253534565561143
 UP BOUND     g_60_0    3.5562942784841352
 UP BOUND     g_61_0    2.8505432735698548
 UP BOUND     g_62_0    2.4139376571759303
 UP BOUND     g_63_0    3.25391578251089
 UP BOUND     g_64_0    1.8574172067413619
 UP BOUND     g_65_0    2.359601786028843
 UP BOUND     g_66_0    1.9618363954802844
 UP BOUND     g_67_0    2.4643976125500444
 UP BOUND     g_68_0    2.689394795918842
 UP BOUND     g_69_0    2.27850799501309
 UP BOUND     g_70_0    3.6745371772739128
 UP BOUND     g_71_0    2.4869985720295156
 UP BOUND     g_72_0    3.1000966257263167
 UP BOUND     g_73_0    2.6823332530006629
 UP BOUND     g_74_0    2.5347023796633437
 UP BOUND     g_75_0    2.7695963339651595
 UP BOUND     g_76_0    2.8550315943046893
 UP BOUND     g_77_0    1.5801585131126028
 UP BOUND     g_78_0    2.3347473315941363
 UP BOUND     g_79_0    2.1458853759819818
 UP BOUND     g_80_0    2.7976888837954146
 UP BOUND     g_81_0    2.8093270880315053
 UP BOUND     g_82_0    2.1184255697269165
 UP BOUND     g_83_0    2.0727118833505482
 UP BOUND     g_84_0    2.7713452180314309
 UP BOUND     g_85_0    2.466780353076885
 UP BOUND     g_86_0    2.9255894643437577
 UP BOUND     g_87_0    2.0953020266190769
 UP BOUND     g_88_0    2.8770910891593111
 UP BOUND     g_89_0    2.5353397535916886
 UP BOUND     g_90_0    2.6374127774827008
 UP BOUND     g_91_0    2.1637161466807298
 UP BOUND     g_92_0    3.0733677666624404
 UP BOUND     g_93_0    2.035267763806746
 UP BOUND     g_94_0    1.7438351192426915
 UP BOUND     g_95_0    2.6870075973241132
 UP BOUND     g_96_0    2.3896519635299907
 UP BOUND     g_97_0    3.0541318292773756
 UP BOUND     g_98_0    1.8311199528481674
 UP BOUND     g_99_0    2.4968577773068756
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
 FR BOUND     r_50    
 FR BOUND     r_51    
 FR BOUND     r_52    
 FR BOUND     r_53    
 FR BOUND     r_54    
 FR BOUND     r_55    
 FR BOUND     r_56    
 FR BOUND     r_57    
 FR BOUND     r_58    
 FR BOUND     r_59    
 FR BOUND     r_60    
 FR BOUND     r_61    
 FR BOUND     r_62    
 FR BOUND     r_63    
 FR BOUND     r_64    
 FR BOUND     r_65    
 FR BOUND     r_66    
 FR BOUND     r_67    
 FR BOUND     r_68    
 FR BOUND     r_69    
 FR BOUND     r_70    
 FR BOUND     r_71    
 FR BOUND     r_72    
 FR BOUND     r_73    
 FR BOUND     r_74    
 FR BOUND     r_75    
 FR BOUND     r_76    
 FR BOUND     r_77    
 FR BOUND     r_78    
 FR BOUND     r_79    
 FR BOUND     r_80    
 FR BOUND     r_81    
 FR BOUND     r_82    
 FR BOUND     r_83    
 FR BOUND     r_84    
 FR BOUND     r_85    
 FR BOUND     r_86    
 FR BOUND     r_87    
 FR BOUND     r_88    
 FR BOUND     r_89    
 FR BOUND     r_90    
 FR BOUND     r_91    
 FR BOUND     r_92    
 FR BOUND     r_93    
 FR BOUND     r_94    
 FR BOUND     r_95    
 FR BOUND     r_96    
 FR BOUND     r_97    
 FR BOUND     r_98    
 FR BOUND     r_99    
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
    r_50      r_50      2
    r_51      r_51      2
    r_52      r_52      2
    r_53      r_53      2
    r_54      r_54      2
    r_55      r_55      2
    r_56      r_56      2
    r_57      r_57      2
    r_58      r_58      2
    r_59      r_59      2
    r_60      r_60      2
    r_61      r_61      2
    r_62      r_62      2
    r_63      r_63      2
    r_64      r_64      2
    r_65      r_65      2
    r_66      r_66      2
    r_67      r_67      2
    r_68      r_68      2
    r_69      r_69      2
    r_70      r_70      2
    r_71      r_71      2
    r_72      r_72      2
    r_73      r_73      2
    r_74      r_74      2
    r_75      r_75      2
    r_76      r_76      2
    r_77      r_77      2
    r_78      r_78      2
    r_79      r_79      2
    r_80      r_80      2
    r_81      r_81      2
    r_82      r_82      2
    r_83      r_83      2
    r_84      r_84      2
    r_85      r_85      2
    r_86      r_86      2
    r_87      r_87      2
    r_88      r_88      2
    r_89      r_89      2
    r_90      r_90      2
    r_91      r_91      2
    r_92      r_92      2
    r_93      r_93      2
    r_94      r_94      2
    r_95      r_95      2
    r_96      r_96      2
    r_97      r_97      2
    r_98      r_98      2
    r_99      r_99      2
ENDATA
