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
COLUMNS
    W_0_0     relu_ge_pre_0  -0.5
    W_0_0     relu_ge_pre_1  -0.5
    W_0_0     relu_ge_pre_2  -0.5
    W_0_0     relu_ge_pre_3  -0.5
    W_0_0     relu_ge_pre_4  -0.5
    W_0_0     relu_ge_pre_5  -0.5
    W_0_0     relu_ge_pre_6  -0.5
    W_0_0     relu_ge_pre_7  -0.5
    W_0_0     relu_ge_pre_8  -0.5
    W_0_0     relu_ge_pre_9  -0.5
    W_0_0     relu_ge_pre_10  -0.5
    W_0_0     relu_ge_pre_11  -0.5
    W_0_0     relu_ge_pre_12  -0.5
    W_0_0     relu_le_pre_0  -0.5
    W_0_0     relu_le_pre_1  -0.5
    W_0_0     relu_le_pre_2  -0.5
    W_0_0     relu_le_pre_3  -0.5
    W_0_0     relu_le_pre_4  -0.5
    W_0_0     relu_le_pre_5  -0.5
    W_0_0     relu_le_pre_6  -0.5
    W_0_0     relu_le_pre_7  -0.5
    W_0_0     relu_le_pre_8  -0.5
    W_0_0     relu_le_pre_9  -0.5
    W_0_0     relu_le_pre_10  -0.5
    W_0_0     relu_le_pre_11  -0.5
    W_0_0     relu_le_pre_12  -0.5
    W_0_1     relu_ge_pre_0  -0.5
    W_0_1     relu_ge_pre_13  -0.5
    W_0_1     relu_ge_pre_14  -0.5
    W_0_1     relu_ge_pre_15  -0.5
    W_0_1     relu_ge_pre_16  -0.5
    W_0_1     relu_ge_pre_17  -0.5
    W_0_1     relu_ge_pre_18  -0.5
    W_0_1     relu_ge_pre_19  -0.5
    W_0_1     relu_ge_pre_20  -0.5
    W_0_1     relu_ge_pre_21  -0.5
    W_0_1     relu_ge_pre_22  -0.5
    W_0_1     relu_ge_pre_23  -0.5
    W_0_1     relu_ge_pre_24  -0.5
    W_0_1     relu_le_pre_0  -0.5
    W_0_1     relu_le_pre_13  -0.5
    W_0_1     relu_le_pre_14  -0.5
    W_0_1     relu_le_pre_15  -0.5
    W_0_1     relu_le_pre_16  -0.5
    W_0_1     relu_le_pre_17  -0.5
    W_0_1     relu_le_pre_18  -0.5
    W_0_1     relu_le_pre_19  -0.5
    W_0_1     relu_le_pre_20  -0.5
    W_0_1     relu_le_pre_21  -0.5
    W_0_1     relu_le_pre_22  -0.5
    W_0_1     relu_le_pre_23  -0.5
    W_0_1     relu_le_pre_24  -0.5
    W_0_2     relu_ge_pre_1  -0.5
    W_0_2     relu_ge_pre_13  -0.5
    W_0_2     relu_ge_pre_25  -0.5
    W_0_2     relu_ge_pre_26  -0.5
    W_0_2     relu_ge_pre_27  -0.5
    W_0_2     relu_ge_pre_28  -0.5
    W_0_2     relu_ge_pre_29  -0.5
    W_0_2     relu_ge_pre_30  -0.5
    W_0_2     relu_ge_pre_31  -0.5
    W_0_2     relu_ge_pre_32  -0.5
    W_0_2     relu_ge_pre_33  -0.5
    W_0_2     relu_ge_pre_34  -0.5
    W_0_2     relu_ge_pre_35  -0.5
    W_0_2     relu_le_pre_1  -0.5
    W_0_2     relu_le_pre_13  -0.5
    W_0_2     relu_le_pre_25  -0.5
    W_0_2     relu_le_pre_26  -0.5
    W_0_2     relu_le_pre_27  -0.5
    W_0_2     relu_le_pre_28  -0.5
    W_0_2     relu_le_pre_29  -0.5
    W_0_2     relu_le_pre_30  -0.5
    W_0_2     relu_le_pre_31  -0.5
    W_0_2     relu_le_pre_32  -0.5
    W_0_2     relu_le_pre_33  -0.5
    W_0_2     relu_le_pre_34  -0.5
    W_0_2     relu_le_pre_35  -0.5
    W_0_3     relu_ge_pre_2  -0.5
    W_0_3     relu_ge_pre_14  -0.5
    W_0_3     relu_ge_pre_25  -0.5
    W_0_3     relu_ge_pre_36  -0.5
    W_0_3     relu_ge_pre_37  -0.5
    W_0_3     relu_ge_pre_38  -0.5
    W_0_3     relu_ge_pre_39  -0.5
    W_0_3     relu_ge_pre_40  -0.5
    W_0_3     relu_ge_pre_41  -0.5
    W_0_3     relu_ge_pre_42  -0.5
    W_0_3     relu_ge_pre_43  -0.5
    W_0_3     relu_ge_pre_44  -0.5
    W_0_3     relu_ge_pre_45  -0.5
    W_0_3     relu_le_pre_2  -0.5
    W_0_3     relu_le_pre_14  -0.5
    W_0_3     relu_le_pre_25  -0.5
    W_0_3     relu_le_pre_36  -0.5
    W_0_3     relu_le_pre_37  -0.5
    W_0_3     relu_le_pre_38  -0.5
    W_0_3     relu_le_pre_39  -0.5
    W_0_3     relu_le_pre_40  -0.5
    W_0_3     relu_le_pre_41  -0.5
    W_0_3     relu_le_pre_42  -0.5
    W_0_3     relu_le_pre_43  -0.5
    W_0_3     relu_le_pre_44  -0.5
    W_0_3     relu_le_pre_45  -0.5
    W_0_4     relu_ge_pre_3  -0.5
    W_0_4     relu_ge_pre_15  -0.5
    W_0_4     relu_ge_pre_26  -0.5
    W_0_4     relu_ge_pre_36  -0.5
    W_0_4     relu_ge_pre_46  -0.5
    W_0_4     relu_ge_pre_47  -0.5
    W_0_4     relu_ge_pre_48  -0.5
    W_0_4     relu_ge_pre_49  -0.5
    W_0_4     relu_ge_pre_50  -0.5
    W_0_4     relu_ge_pre_51  -0.5
    W_0_4     relu_ge_pre_52  -0.5
    W_0_4     relu_ge_pre_53  -0.5
    W_0_4     relu_ge_pre_54  -0.5
    W_0_4     relu_le_pre_3  -0.5
    W_0_4     relu_le_pre_15  -0.5
    W_0_4     relu_le_pre_26  -0.5
    W_0_4     relu_le_pre_36  -0.5
    W_0_4     relu_le_pre_46  -0.5
    W_0_4     relu_le_pre_47  -0.5
    W_0_4     relu_le_pre_48  -0.5
    W_0_4     relu_le_pre_49  -0.5
    W_0_4     relu_le_pre_50  -0.5
    W_0_4     relu_le_pre_51  -0.5
    W_0_4     relu_le_pre_52  -0.5
    W_0_4     relu_le_pre_53  -0.5
    W_0_4     relu_le_pre_54  -0.5
    W_0_5     relu_ge_pre_4  -0.5
    W_0_5     relu_ge_pre_16  -0.5
    W_0_5     relu_ge_pre_27  -0.5
    W_0_5     relu_ge_pre_37  -0.5
    W_0_5     relu_ge_pre_46  -0.5
    W_0_5     relu_ge_pre_55  -0.5
    W_0_5     relu_ge_pre_56  -0.5
    W_0_5     relu_ge_pre_57  -0.5
    W_0_5     relu_ge_pre_58  -0.5
    W_0_5     relu_ge_pre_59  -0.5
    W_0_5     relu_ge_pre_60  -0.5
    W_0_5     relu_ge_pre_61  -0.5
    W_0_5     relu_ge_pre_62  -0.5
    W_0_5     relu_le_pre_4  -0.5
    W_0_5     relu_le_pre_16  -0.5
    W_0_5     relu_le_pre_27  -0.5
    W_0_5     relu_le_pre_37  -0.5
    W_0_5     relu_le_pre_46  -0.5
    W_0_5     relu_le_pre_55  -0.5
    W_0_5     relu_le_pre_56  -0.5
    W_0_5     relu_le_pre_57  -0.5
    W_0_5     relu_le_pre_58  -0.5
    W_0_5     relu_le_pre_59  -0.5
    W_0_5     relu_le_pre_60  -0.5
    W_0_5     relu_le_pre_61  -0.5
    W_0_5     relu_le_pre_62  -0.5
    W_0_6     relu_ge_pre_5  -0.5
    W_0_6     relu_ge_pre_17  -0.5
    W_0_6     relu_ge_pre_28  -0.5
    W_0_6     relu_ge_pre_38  -0.5
    W_0_6     relu_ge_pre_47  -0.5
    W_0_6     relu_ge_pre_55  -0.5
    W_0_6     relu_ge_pre_63  -0.5
    W_0_6     relu_ge_pre_64  -0.5
    W_0_6     relu_ge_pre_65  -0.5
    W_0_6     relu_ge_pre_66  -0.5
    W_0_6     relu_ge_pre_67  -0.5
    W_0_6     relu_ge_pre_68  -0.5
    W_0_6     relu_ge_pre_69  -0.5
    W_0_6     relu_le_pre_5  -0.5
    W_0_6     relu_le_pre_17  -0.5
    W_0_6     relu_le_pre_28  -0.5
    W_0_6     relu_le_pre_38  -0.5
    W_0_6     relu_le_pre_47  -0.5
    W_0_6     relu_le_pre_55  -0.5
    W_0_6     relu_le_pre_63  -0.5
    W_0_6     relu_le_pre_64  -0.5
    W_0_6     relu_le_pre_65  -0.5
    W_0_6     relu_le_pre_66  -0.5
    W_0_6     relu_le_pre_67  -0.5
    W_0_6     relu_le_pre_68  -0.5
    W_0_6     relu_le_pre_69  -0.5
    W_0_7     relu_ge_pre_6  -0.5
    W_0_7     relu_ge_pre_18  -0.5
    W_0_7     relu_ge_pre_29  -0.5
    W_0_7     relu_ge_pre_39  -0.5
    W_0_7     relu_ge_pre_48  -0.5
    W_0_7     relu_ge_pre_56  -0.5
    W_0_7     relu_ge_pre_63  -0.5
    W_0_7     relu_ge_pre_70  -0.5
    W_0_7     relu_ge_pre_71  -0.5
    W_0_7     relu_ge_pre_72  -0.5
    W_0_7     relu_ge_pre_73  -0.5
    W_0_7     relu_ge_pre_74  -0.5
    W_0_7     relu_ge_pre_75  -0.5
    W_0_7     relu_le_pre_6  -0.5
    W_0_7     relu_le_pre_18  -0.5
    W_0_7     relu_le_pre_29  -0.5
    W_0_7     relu_le_pre_39  -0.5
    W_0_7     relu_le_pre_48  -0.5
    W_0_7     relu_le_pre_56  -0.5
    W_0_7     relu_le_pre_63  -0.5
    W_0_7     relu_le_pre_70  -0.5
    W_0_7     relu_le_pre_71  -0.5
    W_0_7     relu_le_pre_72  -0.5
    W_0_7     relu_le_pre_73  -0.5
    W_0_7     relu_le_pre_74  -0.5
    W_0_7     relu_le_pre_75  -0.5
    W_0_8     relu_ge_pre_7  -0.5
    W_0_8     relu_ge_pre_19  -0.5
    W_0_8     relu_ge_pre_30  -0.5
    W_0_8     relu_ge_pre_40  -0.5
    W_0_8     relu_ge_pre_49  -0.5
    W_0_8     relu_ge_pre_57  -0.5
    W_0_8     relu_ge_pre_64  -0.5
    W_0_8     relu_ge_pre_70  -0.5
    W_0_8     relu_ge_pre_76  -0.5
    W_0_8     relu_ge_pre_77  -0.5
    W_0_8     relu_ge_pre_78  -0.5
    W_0_8     relu_ge_pre_79  -0.5
    W_0_8     relu_ge_pre_80  -0.5
    W_0_8     relu_le_pre_7  -0.5
    W_0_8     relu_le_pre_19  -0.5
    W_0_8     relu_le_pre_30  -0.5
    W_0_8     relu_le_pre_40  -0.5
    W_0_8     relu_le_pre_49  -0.5
    W_0_8     relu_le_pre_57  -0.5
    W_0_8     relu_le_pre_64  -0.5
    W_0_8     relu_le_pre_70  -0.5
    W_0_8     relu_le_pre_76  -0.5
    W_0_8     relu_le_pre_77  -0.5
    W_0_8     relu_le_pre_78  -0.5
    W_0_8     relu_le_pre_79  -0.5
    W_0_8     relu_le_pre_80  -0.5
    W_0_9     relu_ge_pre_8  -0.5
    W_0_9     relu_ge_pre_20  -0.5
    W_0_9     relu_ge_pre_31  -0.5
    W_0_9     relu_ge_pre_41  -0.5
    W_0_9     relu_ge_pre_50  -0.5
    W_0_9     relu_ge_pre_58  -0.5
    W_0_9     relu_ge_pre_65  -0.5
    W_0_9     relu_ge_pre_71  -0.5
    W_0_9     relu_ge_pre_76  -0.5
    W_0_9     relu_ge_pre_81  -0.5
    W_0_9     relu_ge_pre_82  -0.5
    W_0_9     relu_ge_pre_83  -0.5
    W_0_9     relu_ge_pre_84  -0.5
    W_0_9     relu_le_pre_8  -0.5
    W_0_9     relu_le_pre_20  -0.5
    W_0_9     relu_le_pre_31  -0.5
    W_0_9     relu_le_pre_41  -0.5
    W_0_9     relu_le_pre_50  -0.5
    W_0_9     relu_le_pre_58  -0.5
    W_0_9     relu_le_pre_65  -0.5
    W_0_9     relu_le_pre_71  -0.5
    W_0_9     relu_le_pre_76  -0.5
    W_0_9     relu_le_pre_81  -0.5
    W_0_9     relu_le_pre_82  -0.5
    W_0_9     relu_le_pre_83  -0.5
    W_0_9     relu_le_pre_84  -0.5
    W_0_10    relu_ge_pre_9  -0.5
    W_0_10    relu_ge_pre_21  -0.5
    W_0_10    relu_ge_pre_32  -0.5
    W_0_10    relu_ge_pre_42  -0.5
    W_0_10    relu_ge_pre_51  -0.5
    W_0_10    relu_ge_pre_59  -0.5
    W_0_10    relu_ge_pre_66  -0.5
    W_0_10    relu_ge_pre_72  -0.5
    W_0_10    relu_ge_pre_77  -0.5
    W_0_10    relu_ge_pre_81  -0.5
    W_0_10    relu_ge_pre_85  -0.5
    W_0_10    relu_ge_pre_86  -0.5
    W_0_10    relu_ge_pre_87  -0.5
    W_0_10    relu_le_pre_9  -0.5
    W_0_10    relu_le_pre_21  -0.5
    W_0_10    relu_le_pre_32  -0.5
    W_0_10    relu_le_pre_42  -0.5
    W_0_10    relu_le_pre_51  -0.5
    W_0_10    relu_le_pre_59  -0.5
    W_0_10    relu_le_pre_66  -0.5
    W_0_10    relu_le_pre_72  -0.5
    W_0_10    relu_le_pre_77  -0.5
    W_0_10    relu_le_pre_81  -0.5
    W_0_10    relu_le_pre_85  -0.5
    W_0_10    relu_le_pre_86  -0.5
    W_0_10    relu_le_pre_87  -0.5
    W_0_11    relu_ge_pre_10  -0.5
    W_0_11    relu_ge_pre_22  -0.5
    W_0_11    relu_ge_pre_33  -0.5
    W_0_11    relu_ge_pre_43  -0.5
    W_0_11    relu_ge_pre_52  -0.5
    W_0_11    relu_ge_pre_60  -0.5
    W_0_11    relu_ge_pre_67  -0.5
    W_0_11    relu_ge_pre_73  -0.5
    W_0_11    relu_ge_pre_78  -0.5
    W_0_11    relu_ge_pre_82  -0.5
    W_0_11    relu_ge_pre_85  -0.5
    W_0_11    relu_ge_pre_88  -0.5
    W_0_11    relu_ge_pre_89  -0.5
    W_0_11    relu_le_pre_10  -0.5
    W_0_11    relu_le_pre_22  -0.5
    W_0_11    relu_le_pre_33  -0.5
    W_0_11    relu_le_pre_43  -0.5
    W_0_11    relu_le_pre_52  -0.5
    W_0_11    relu_le_pre_60  -0.5
    W_0_11    relu_le_pre_67  -0.5
    W_0_11    relu_le_pre_73  -0.5
    W_0_11    relu_le_pre_78  -0.5
    W_0_11    relu_le_pre_82  -0.5
    W_0_11    relu_le_pre_85  -0.5
    W_0_11    relu_le_pre_88  -0.5
    W_0_11    relu_le_pre_89  -0.5
    W_0_12    relu_ge_pre_11  -0.5
    W_0_12    relu_ge_pre_23  -0.5
    W_0_12    relu_ge_pre_34  -0.5
    W_0_12    relu_ge_pre_44  -0.5
    W_0_12    relu_ge_pre_53  -0.5
    W_0_12    relu_ge_pre_61  -0.5
    W_0_12    relu_ge_pre_68  -0.5
    W_0_12    relu_ge_pre_74  -0.5
    W_0_12    relu_ge_pre_79  -0.5
    W_0_12    relu_ge_pre_83  -0.5
    W_0_12    relu_ge_pre_86  -0.5
    W_0_12    relu_ge_pre_88  -0.5
    W_0_12    relu_ge_pre_90  -0.5
    W_0_12    relu_le_pre_11  -0.5
    W_0_12    relu_le_pre_23  -0.5
    W_0_12    relu_le_pre_34  -0.5
    W_0_12    relu_le_pre_44  -0.5
    W_0_12    relu_le_pre_53  -0.5
    W_0_12    relu_le_pre_61  -0.5
    W_0_12    relu_le_pre_68  -0.5
    W_0_12    relu_le_pre_74  -0.5
    W_0_12    relu_le_pre_79  -0.5
    W_0_12    relu_le_pre_83  -0.5
    W_0_12    relu_le_pre_86  -0.5
    W_0_12    relu_le_pre_88  -0.5
    W_0_12    relu_le_pre_90  -0.5
    W_0_13    relu_ge_pre_12  -0.5
    W_0_13    relu_ge_pre_24  -0.5
    W_0_13    relu_ge_pre_35  -0.5
    W_0_13    relu_ge_pre_45  -0.5
    W_0_13    relu_ge_pre_54  -0.5
    W_0_13    relu_ge_pre_62  -0.5
    W_0_13    relu_ge_pre_69  -0.5
    W_0_13    relu_ge_pre_75  -0.5
    W_0_13    relu_ge_pre_80  -0.5
    W_0_13    relu_ge_pre_84  -0.5
    W_0_13    relu_ge_pre_87  -0.5
    W_0_13    relu_ge_pre_89  -0.5
    W_0_13    relu_ge_pre_90  -0.5
    W_0_13    relu_le_pre_12  -0.5
    W_0_13    relu_le_pre_24  -0.5
    W_0_13    relu_le_pre_35  -0.5
    W_0_13    relu_le_pre_45  -0.5
    W_0_13    relu_le_pre_54  -0.5
    W_0_13    relu_le_pre_62  -0.5
    W_0_13    relu_le_pre_69  -0.5
    W_0_13    relu_le_pre_75  -0.5
    W_0_13    relu_le_pre_80  -0.5
    W_0_13    relu_le_pre_84  -0.5
    W_0_13    relu_le_pre_87  -0.5
    W_0_13    relu_le_pre_89  -0.5
    W_0_13    relu_le_pre_90  -0.5
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
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  0.6374552583116766
    z_0_0     relu_le_onoff_0  -0.6374552583116766
    z_1_0     relu_le_pre_1  0.6374552583116766
    z_1_0     relu_le_onoff_1  -0.6374552583116766
    z_2_0     relu_le_pre_2  0.6374552583116766
    z_2_0     relu_le_onoff_2  -0.6374552583116766
    z_3_0     relu_le_pre_3  0.6374552583116766
    z_3_0     relu_le_onoff_3  -0.6374552583116766
    z_4_0     relu_le_pre_4  0.6374552583116766
    z_4_0     relu_le_onoff_4  -0.6374552583116766
    z_5_0     relu_le_pre_5  0.6374552583116766
    z_5_0     relu_le_onoff_5  -0.6374552583116766
    z_6_0     relu_le_pre_6  0.6374552583116766
    z_6_0     relu_le_onoff_6  -0.6374552583116766
    z_7_0     relu_le_pre_7  0.6374552583116766
    z_7_0     relu_le_onoff_7  -0.6374552583116766
    z_8_0     relu_le_pre_8  0.6374552583116766
    z_8_0     relu_le_onoff_8  -0.6374552583116766
    z_9_0     relu_le_pre_9  0.6374552583116766
    z_9_0     relu_le_onoff_9  -0.6374552583116766
    z_10_0    relu_le_pre_10  0.6374552583116766
    z_10_0    relu_le_onoff_10  -0.6374552583116766
    z_11_0    relu_le_pre_11  0.6374552583116766
    z_11_0    relu_le_onoff_11  -0.6374552583116766
    z_12_0    relu_le_pre_12  0.6374552583116766
    z_12_0    relu_le_onoff_12  -0.6374552583116766
    z_13_0    relu_le_pre_13  0.6374552583116766
    z_13_0    relu_le_onoff_13  -0.6374552583116766
    z_14_0    relu_le_pre_14  0.6374552583116766
    z_14_0    relu_le_onoff_14  -0.6374552583116766
    z_15_0    relu_le_pre_15  0.6374552583116766
    z_15_0    relu_le_onoff_15  -0.6374552583116766
    z_16_0    relu_le_pre_16  0.6374552583116766
    z_16_0    relu_le_onoff_16  -0.6374552583116766
    z_17_0    relu_le_pre_17  0.6374552583116766
    z_17_0    relu_le_onoff_17  -0.6374552583116766
    z_18_0    relu_le_pre_18  0.6374552583116766
    z_18_0    relu_le_onoff_18  -0.6374552583116766
    z_19_0    relu_le_pre_19  0.6374552583116766
    z_19_0    relu_le_onoff_19  -0.6374552583116766
    z_20_0    relu_le_pre_20  0.6374552583116766
    z_20_0    relu_le_onoff_20  -0.6374552583116766
    z_21_0    relu_le_pre_21  0.6374552583116766
    z_21_0    relu_le_onoff_21  -0.6374552583116766
    z_22_0    relu_le_pre_22  0.6374552583116766
    z_22_0    relu_le_onoff_22  -0.6374552583116766
    z_23_0    relu_le_pre_23  0.6374552583116766
    z_23_0    relu_le_onoff_23  -0.6374552583116766
    z_24_0    relu_le_pre_24  0.6374552583116766
    z_24_0    relu_le_onoff_24  -0.6374552583116766
    z_25_0    relu_le_pre_25  0.6374552583116766
    z_25_0    relu_le_onoff_25  -0.6374552583116766
    z_26_0    relu_le_pre_26  0.6374552583116766
    z_26_0    relu_le_onoff_26  -0.6374552583116766
    z_27_0    relu_le_pre_27  0.6374552583116766
    z_27_0    relu_le_onoff_27  -0.6374552583116766
    z_28_0    relu_le_pre_28  0.6374552583116766
    z_28_0    relu_le_onoff_28  -0.6374552583116766
    z_29_0    relu_le_pre_29  0.6374552583116766
    z_29_0    relu_le_onoff_29  -0.6374552583116766
    z_30_0    relu_le_pre_30  0.6374552583116766
    z_30_0    relu_le_onoff_30  -0.6374552583116766
    z_31_0    relu_le_pre_31  0.6374552583116766
    z_31_0    relu_le_onoff_31  -0.6374552583116766
    z_32_0    relu_le_pre_32  0.6374552583116766
    z_32_0    relu_le_onoff_32  -0.6374552583116766
    z_33_0    relu_le_pre_33  0.6374552583116766
    z_33_0    relu_le_onoff_33  -0.6374552583116766
    z_34_0    relu_le_pre_34  0.6374552583116766
    z_34_0    relu_le_onoff_34  -0.6374552583116766
    z_35_0    relu_le_pre_35  0.6374552583116766
    z_35_0    relu_le_onoff_35  -0.6374552583116766
    z_36_0    relu_le_pre_36  0.6374552583116766
    z_36_0    relu_le_onoff_36  -0.6374552583116766
    z_37_0    relu_le_pre_37  0.6374552583116766
    z_37_0    relu_le_onoff_37  -0.6374552583116766
    z_38_0    relu_le_pre_38  0.6374552583116766
    z_38_0    relu_le_onoff_38  -0.6374552583116766
    z_39_0    relu_le_pre_39  0.6374552583116766
    z_39_0    relu_le_onoff_39  -0.6374552583116766
    z_40_0    relu_le_pre_40  0.6374552583116766
    z_40_0    relu_le_onoff_40  -0.6374552583116766
    z_41_0    relu_le_pre_41  0.6374552583116766
    z_41_0    relu_le_onoff_41  -0.6374552583116766
    z_42_0    relu_le_pre_42  0.6374552583116766
    z_42_0    relu_le_onoff_42  -0.6374552583116766
    z_43_0    relu_le_pre_43  0.6374552583116766
    z_43_0    relu_le_onoff_43  -0.6374552583116766
    z_44_0    relu_le_pre_44  0.6374552583116766
    z_44_0    relu_le_onoff_44  -0.6374552583116766
    z_45_0    relu_le_pre_45  0.6374552583116766
    z_45_0    relu_le_onoff_45  -0.6374552583116766
    z_46_0    relu_le_pre_46  0.6374552583116766
    z_46_0    relu_le_onoff_46  -0.6374552583116766
    z_47_0    relu_le_pre_47  0.6374552583116766
    z_47_0    relu_le_onoff_47  -0.6374552583116766
    z_48_0    relu_le_pre_48  0.6374552583116766
    z_48_0    relu_le_onoff_48  -0.6374552583116766
    z_49_0    relu_le_pre_49  0.6374552583116766
    z_49_0    relu_le_onoff_49  -0.6374552583116766
    z_50_0    relu_le_pre_50  0.6374552583116766
    z_50_0    relu_le_onoff_50  -0.6374552583116766
    z_51_0    relu_le_pre_51  0.6374552583116766
    z_51_0    relu_le_onoff_51  -0.6374552583116766
    z_52_0    relu_le_pre_52  0.6374552583116766
    z_52_0    relu_le_onoff_52  -0.6374552583116766
    z_53_0    relu_le_pre_53  0.6374552583116766
    z_53_0    relu_le_onoff_53  -0.6374552583116766
    z_54_0    relu_le_pre_54  0.6374552583116766
    z_54_0    relu_le_onoff_54  -0.6374552583116766
    z_55_0    relu_le_pre_55  0.6374552583116766
    z_55_0    relu_le_onoff_55  -0.6374552583116766
    z_56_0    relu_le_pre_56  0.6374552583116766
    z_56_0    relu_le_onoff_56  -0.6374552583116766
    z_57_0    relu_le_pre_57  0.6374552583116766
    z_57_0    relu_le_onoff_57  -0.6374552583116766
    z_58_0    relu_le_pre_58  0.6374552583116766
    z_58_0    relu_le_onoff_58  -0.6374552583116766
    z_59_0    relu_le_pre_59  0.6374552583116766
    z_59_0    relu_le_onoff_59  -0.6374552583116766
    z_60_0    relu_le_pre_60  0.6374552583116766
    z_60_0    relu_le_onoff_60  -0.6374552583116766
    z_61_0    relu_le_pre_61  0.6374552583116766
    z_61_0    relu_le_onoff_61  -0.6374552583116766
    z_62_0    relu_le_pre_62  0.6374552583116766
    z_62_0    relu_le_onoff_62  -0.6374552583116766
    z_63_0    relu_le_pre_63  0.6374552583116766
    z_63_0    relu_le_onoff_63  -0.6374552583116766
    z_64_0    relu_le_pre_64  0.6374552583116766
    z_64_0    relu_le_onoff_64  -0.6374552583116766
    z_65_0    relu_le_pre_65  0.6374552583116766
    z_65_0    relu_le_onoff_65  -0.6374552583116766
    z_66_0    relu_le_pre_66  0.6374552583116766
    z_66_0    relu_le_onoff_66  -0.6374552583116766
    z_67_0    relu_le_pre_67  0.6374552583116766
    z_67_0    relu_le_onoff_67  -0.6374552583116766
    z_68_0    relu_le_pre_68  0.6374552583116766
    z_68_0    relu_le_onoff_68  -0.6374552583116766
    z_69_0    relu_le_pre_69  0.6374552583116766
    z_69_0    relu_le_onoff_69  -0.6374552583116766
    z_70_0    relu_le_pre_70  0.6374552583116766
    z_70_0    relu_le_onoff_70  -0.6374552583116766
    z_71_0    relu_le_pre_71  0.6374552583116766
    z_71_0    relu_le_onoff_71  -0.6374552583116766
    z_72_0    relu_le_pre_72  0.6374552583116766
    z_72_0    relu_le_onoff_72  -0.6374552583116766
    z_73_0    relu_le_pre_73  0.6374552583116766
    z_73_0    relu_le_onoff_73  -0.6374552583116766
    z_74_0    relu_le_pre_74  0.6374552583116766
    z_74_0    relu_le_onoff_74  -0.6374552583116766
    z_75_0    relu_le_pre_75  0.6374552583116766
    z_75_0    relu_le_onoff_75  -0.6374552583116766
    z_76_0    relu_le_pre_76  0.6374552583116766
    z_76_0    relu_le_onoff_76  -0.6374552583116766
    z_77_0    relu_le_pre_77  0.6374552583116766
    z_77_0    relu_le_onoff_77  -0.6374552583116766
    z_78_0    relu_le_pre_78  0.6374552583116766
    z_78_0    relu_le_onoff_78  -0.6374552583116766
    z_79_0    relu_le_pre_79  0.6374552583116766
    z_79_0    relu_le_onoff_79  -0.6374552583116766
    z_80_0    relu_le_pre_80  0.6374552583116766
    z_80_0    relu_le_onoff_80  -0.6374552583116766
    z_81_0    relu_le_pre_81  0.6374552583116766
    z_81_0    relu_le_onoff_81  -0.6374552583116766
    z_82_0    relu_le_pre_82  0.6374552583116766
    z_82_0    relu_le_onoff_82  -0.6374552583116766
    z_83_0    relu_le_pre_83  0.6374552583116766
    z_83_0    relu_le_onoff_83  -0.6374552583116766
    z_84_0    relu_le_pre_84  0.6374552583116766
    z_84_0    relu_le_onoff_84  -0.6374552583116766
    z_85_0    relu_le_pre_85  0.6374552583116766
    z_85_0    relu_le_onoff_85  -0.6374552583116766
    z_86_0    relu_le_pre_86  0.6374552583116766
    z_86_0    relu_le_onoff_86  -0.6374552583116766
    z_87_0    relu_le_pre_87  0.6374552583116766
    z_87_0    relu_le_onoff_87  -0.6374552583116766
    z_88_0    relu_le_pre_88  0.6374552583116766
    z_88_0    relu_le_onoff_88  -0.6374552583116766
    z_89_0    relu_le_pre_89  0.6374552583116766
    z_89_0    relu_le_onoff_89  -0.6374552583116766
    z_90_0    relu_le_pre_90  0.6374552583116766
    z_90_0    relu_le_onoff_90  -0.6374552583116766
    sgn_0     prod_le_sign_0  -0.6374552583116766
    sgn_0     prod_le_sign_1  -0.6374552583116766
    sgn_0     prod_le_sign_2  -0.6374552583116766
    sgn_0     prod_le_sign_3  -0.6374552583116766
    sgn_0     prod_le_sign_4  -0.6374552583116766
    sgn_0     prod_le_sign_5  -0.6374552583116766
    sgn_0     prod_le_sign_6  -0.6374552583116766
    sgn_0     prod_le_sign_7  -0.6374552583116766
    sgn_0     prod_le_sign_8  -0.6374552583116766
    sgn_0     prod_le_sign_9  -0.6374552583116766
    sgn_0     prod_le_sign_10  -0.6374552583116766
    sgn_0     prod_le_sign_11  -0.6374552583116766
    sgn_0     prod_le_sign_12  -0.6374552583116766
    sgn_0     prod_le_sign_13  -0.6374552583116766
    sgn_0     prod_le_sign_14  -0.6374552583116766
    sgn_0     prod_le_sign_15  -0.6374552583116766
    sgn_0     prod_le_sign_16  -0.6374552583116766
    sgn_0     prod_le_sign_17  -0.6374552583116766
    sgn_0     prod_le_sign_18  -0.6374552583116766
    sgn_0     prod_le_sign_19  -0.6374552583116766
    sgn_0     prod_le_sign_20  -0.6374552583116766
    sgn_0     prod_le_sign_21  -0.6374552583116766
    sgn_0     prod_le_sign_22  -0.6374552583116766
    sgn_0     prod_le_sign_23  -0.6374552583116766
    sgn_0     prod_le_sign_24  -0.6374552583116766
    sgn_0     prod_le_sign_25  -0.6374552583116766
    sgn_0     prod_le_sign_26  -0.6374552583116766
    sgn_0     prod_le_sign_27  -0.6374552583116766
    sgn_0     prod_le_sign_28  -0.6374552583116766
    sgn_0     prod_le_sign_29  -0.6374552583116766
    sgn_0     prod_le_sign_30  -0.6374552583116766
    sgn_0     prod_le_sign_31  -0.6374552583116766
    sgn_0     prod_le_sign_32  -0.6374552583116766
    sgn_0     prod_le_sign_33  -0.6374552583116766
    sgn_0     prod_le_sign_34  -0.6374552583116766
    sgn_0     prod_le_sign_35  -0.6374552583116766
    sgn_0     prod_le_sign_36  -0.6374552583116766
    sgn_0     prod_le_sign_37  -0.6374552583116766
    sgn_0     prod_le_sign_38  -0.6374552583116766
    sgn_0     prod_le_sign_39  -0.6374552583116766
    sgn_0     prod_le_sign_40  -0.6374552583116766
    sgn_0     prod_le_sign_41  -0.6374552583116766
    sgn_0     prod_le_sign_42  -0.6374552583116766
    sgn_0     prod_le_sign_43  -0.6374552583116766
    sgn_0     prod_le_sign_44  -0.6374552583116766
    sgn_0     prod_le_sign_45  -0.6374552583116766
    sgn_0     prod_le_sign_46  -0.6374552583116766
    sgn_0     prod_le_sign_47  -0.6374552583116766
    sgn_0     prod_le_sign_48  -0.6374552583116766
    sgn_0     prod_le_sign_49  -0.6374552583116766
    sgn_0     prod_le_sign_50  -0.6374552583116766
    sgn_0     prod_le_sign_51  -0.6374552583116766
    sgn_0     prod_le_sign_52  -0.6374552583116766
    sgn_0     prod_le_sign_53  -0.6374552583116766
    sgn_0     prod_le_sign_54  -0.6374552583116766
    sgn_0     prod_le_sign_55  -0.6374552583116766
    sgn_0     prod_le_sign_56  -0.6374552583116766
    sgn_0     prod_le_sign_57  -0.6374552583116766
    sgn_0     prod_le_sign_58  -0.6374552583116766
    sgn_0     prod_le_sign_59  -0.6374552583116766
    sgn_0     prod_le_sign_60  -0.6374552583116766
    sgn_0     prod_le_sign_61  -0.6374552583116766
    sgn_0     prod_le_sign_62  -0.6374552583116766
    sgn_0     prod_le_sign_63  -0.6374552583116766
    sgn_0     prod_le_sign_64  -0.6374552583116766
    sgn_0     prod_le_sign_65  -0.6374552583116766
    sgn_0     prod_le_sign_66  -0.6374552583116766
    sgn_0     prod_le_sign_67  -0.6374552583116766
    sgn_0     prod_le_sign_68  -0.6374552583116766
    sgn_0     prod_le_sign_69  -0.6374552583116766
    sgn_0     prod_le_sign_70  -0.6374552583116766
    sgn_0     prod_le_sign_71  -0.6374552583116766
    sgn_0     prod_le_sign_72  -0.6374552583116766
    sgn_0     prod_le_sign_73  -0.6374552583116766
    sgn_0     prod_le_sign_74  -0.6374552583116766
    sgn_0     prod_le_sign_75  -0.6374552583116766
    sgn_0     prod_le_sign_76  -0.6374552583116766
    sgn_0     prod_le_sign_77  -0.6374552583116766
    sgn_0     prod_le_sign_78  -0.6374552583116766
    sgn_0     prod_le_sign_79  -0.6374552583116766
    sgn_0     prod_le_sign_80  -0.6374552583116766
    sgn_0     prod_le_sign_81  -0.6374552583116766
    sgn_0     prod_le_sign_82  -0.6374552583116766
    sgn_0     prod_le_sign_83  -0.6374552583116766
    sgn_0     prod_le_sign_84  -0.6374552583116766
    sgn_0     prod_le_sign_85  -0.6374552583116766
    sgn_0     prod_le_sign_86  -0.6374552583116766
    sgn_0     prod_le_sign_87  -0.6374552583116766
    sgn_0     prod_le_sign_88  -0.6374552583116766
    sgn_0     prod_le_sign_89  -0.6374552583116766
    sgn_0     prod_le_sign_90  -0.6374552583116766
    sgn_0     prod_ge_0  -0.6374552583116766
    sgn_0     prod_ge_1  -0.6374552583116766
    sgn_0     prod_ge_2  -0.6374552583116766
    sgn_0     prod_ge_3  -0.6374552583116766
    sgn_0     prod_ge_4  -0.6374552583116766
    sgn_0     prod_ge_5  -0.6374552583116766
    sgn_0     prod_ge_6  -0.6374552583116766
    sgn_0     prod_ge_7  -0.6374552583116766
    sgn_0     prod_ge_8  -0.6374552583116766
    sgn_0     prod_ge_9  -0.6374552583116766
    sgn_0     prod_ge_10  -0.6374552583116766
    sgn_0     prod_ge_11  -0.6374552583116766
    sgn_0     prod_ge_12  -0.6374552583116766
    sgn_0     prod_ge_13  -0.6374552583116766
    sgn_0     prod_ge_14  -0.6374552583116766
    sgn_0     prod_ge_15  -0.6374552583116766
    sgn_0     prod_ge_16  -0.6374552583116766
    sgn_0     prod_ge_17  -0.6374552583116766
    sgn_0     prod_ge_18  -0.6374552583116766
    sgn_0     prod_ge_19  -0.6374552583116766
    sgn_0     prod_ge_20  -0.6374552583116766
    sgn_0     prod_ge_21  -0.6374552583116766
    sgn_0     prod_ge_22  -0.6374552583116766
    sgn_0     prod_ge_23  -0.6374552583116766
    sgn_0     prod_ge_24  -0.6374552583116766
    sgn_0     prod_ge_25  -0.6374552583116766
    sgn_0     prod_ge_26  -0.6374552583116766
    sgn_0     prod_ge_27  -0.6374552583116766
    sgn_0     prod_ge_28  -0.6374552583116766
    sgn_0     prod_ge_29  -0.6374552583116766
    sgn_0     prod_ge_30  -0.6374552583116766
    sgn_0     prod_ge_31  -0.6374552583116766
    sgn_0     prod_ge_32  -0.6374552583116766
    sgn_0     prod_ge_33  -0.6374552583116766
    sgn_0     prod_ge_34  -0.6374552583116766
    sgn_0     prod_ge_35  -0.6374552583116766
    sgn_0     prod_ge_36  -0.6374552583116766
    sgn_0     prod_ge_37  -0.6374552583116766
    sgn_0     prod_ge_38  -0.6374552583116766
    sgn_0     prod_ge_39  -0.6374552583116766
    sgn_0     prod_ge_40  -0.6374552583116766
    sgn_0     prod_ge_41  -0.6374552583116766
    sgn_0     prod_ge_42  -0.6374552583116766
    sgn_0     prod_ge_43  -0.6374552583116766
    sgn_0     prod_ge_44  -0.6374552583116766
    sgn_0     prod_ge_45  -0.6374552583116766
    sgn_0     prod_ge_46  -0.6374552583116766
    sgn_0     prod_ge_47  -0.6374552583116766
    sgn_0     prod_ge_48  -0.6374552583116766
    sgn_0     prod_ge_49  -0.6374552583116766
    sgn_0     prod_ge_50  -0.6374552583116766
    sgn_0     prod_ge_51  -0.6374552583116766
    sgn_0     prod_ge_52  -0.6374552583116766
    sgn_0     prod_ge_53  -0.6374552583116766
    sgn_0     prod_ge_54  -0.6374552583116766
    sgn_0     prod_ge_55  -0.6374552583116766
    sgn_0     prod_ge_56  -0.6374552583116766
    sgn_0     prod_ge_57  -0.6374552583116766
    sgn_0     prod_ge_58  -0.6374552583116766
    sgn_0     prod_ge_59  -0.6374552583116766
    sgn_0     prod_ge_60  -0.6374552583116766
    sgn_0     prod_ge_61  -0.6374552583116766
    sgn_0     prod_ge_62  -0.6374552583116766
    sgn_0     prod_ge_63  -0.6374552583116766
    sgn_0     prod_ge_64  -0.6374552583116766
    sgn_0     prod_ge_65  -0.6374552583116766
    sgn_0     prod_ge_66  -0.6374552583116766
    sgn_0     prod_ge_67  -0.6374552583116766
    sgn_0     prod_ge_68  -0.6374552583116766
    sgn_0     prod_ge_69  -0.6374552583116766
    sgn_0     prod_ge_70  -0.6374552583116766
    sgn_0     prod_ge_71  -0.6374552583116766
    sgn_0     prod_ge_72  -0.6374552583116766
    sgn_0     prod_ge_73  -0.6374552583116766
    sgn_0     prod_ge_74  -0.6374552583116766
    sgn_0     prod_ge_75  -0.6374552583116766
    sgn_0     prod_ge_76  -0.6374552583116766
    sgn_0     prod_ge_77  -0.6374552583116766
    sgn_0     prod_ge_78  -0.6374552583116766
    sgn_0     prod_ge_79  -0.6374552583116766
    sgn_0     prod_ge_80  -0.6374552583116766
    sgn_0     prod_ge_81  -0.6374552583116766
    sgn_0     prod_ge_82  -0.6374552583116766
    sgn_0     prod_ge_83  -0.6374552583116766
    sgn_0     prod_ge_84  -0.6374552583116766
    sgn_0     prod_ge_85  -0.6374552583116766
    sgn_0     prod_ge_86  -0.6374552583116766
    sgn_0     prod_ge_87  -0.6374552583116766
    sgn_0     prod_ge_88  -0.6374552583116766
    sgn_0     prod_ge_89  -0.6374552583116766
    sgn_0     prod_ge_90  -0.6374552583116766
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
RHS
    RHS_V     relu_le_pre_0  0.6374552583116766
    RHS_V     relu_le_pre_1  0.6374552583116766
    RHS_V     relu_le_pre_2  0.6374552583116766
    RHS_V     relu_le_pre_3  0.6374552583116766
    RHS_V     relu_le_pre_4  0.6374552583116766
    RHS_V     relu_le_pre_5  0.6374552583116766
    RHS_V     relu_le_pre_6  0.6374552583116766
    RHS_V     relu_le_pre_7  0.6374552583116766
    RHS_V     relu_le_pre_8  0.6374552583116766
    RHS_V     relu_le_pre_9  0.6374552583116766
    RHS_V     relu_le_pre_10  0.6374552583116766
    RHS_V     relu_le_pre_11  0.6374552583116766
    RHS_V     relu_le_pre_12  0.6374552583116766
    RHS_V     relu_le_pre_13  0.6374552583116766
    RHS_V     relu_le_pre_14  0.6374552583116766
    RHS_V     relu_le_pre_15  0.6374552583116766
    RHS_V     relu_le_pre_16  0.6374552583116766
    RHS_V     relu_le_pre_17  0.6374552583116766
    RHS_V     relu_le_pre_18  0.6374552583116766
    RHS_V     relu_le_pre_19  0.6374552583116766
    RHS_V     relu_le_pre_20  0.6374552583116766
    RHS_V     relu_le_pre_21  0.6374552583116766
    RHS_V     relu_le_pre_22  0.6374552583116766
    RHS_V     relu_le_pre_23  0.6374552583116766
    RHS_V     relu_le_pre_24  0.6374552583116766
    RHS_V     relu_le_pre_25  0.6374552583116766
    RHS_V     relu_le_pre_26  0.6374552583116766
    RHS_V     relu_le_pre_27  0.6374552583116766
    RHS_V     relu_le_pre_28  0.6374552583116766
    RHS_V     relu_le_pre_29  0.6374552583116766
    RHS_V     relu_le_pre_30  0.6374552583116766
    RHS_V     relu_le_pre_31  0.6374552583116766
    RHS_V     relu_le_pre_32  0.6374552583116766
    RHS_V     relu_le_pre_33  0.6374552583116766
    RHS_V     relu_le_pre_34  0.6374552583116766
    RHS_V     relu_le_pre_35  0.6374552583116766
    RHS_V     relu_le_pre_36  0.6374552583116766
    RHS_V     relu_le_pre_37  0.6374552583116766
    RHS_V     relu_le_pre_38  0.6374552583116766
    RHS_V     relu_le_pre_39  0.6374552583116766
    RHS_V     relu_le_pre_40  0.6374552583116766
    RHS_V     relu_le_pre_41  0.6374552583116766
    RHS_V     relu_le_pre_42  0.6374552583116766
    RHS_V     relu_le_pre_43  0.6374552583116766
    RHS_V     relu_le_pre_44  0.6374552583116766
    RHS_V     relu_le_pre_45  0.6374552583116766
    RHS_V     relu_le_pre_46  0.6374552583116766
    RHS_V     relu_le_pre_47  0.6374552583116766
    RHS_V     relu_le_pre_48  0.6374552583116766
    RHS_V     relu_le_pre_49  0.6374552583116766
    RHS_V     relu_le_pre_50  0.6374552583116766
    RHS_V     relu_le_pre_51  0.6374552583116766
    RHS_V     relu_le_pre_52  0.6374552583116766
    RHS_V     relu_le_pre_53  0.6374552583116766
    RHS_V     relu_le_pre_54  0.6374552583116766
    RHS_V     relu_le_pre_55  0.6374552583116766
    RHS_V     relu_le_pre_56  0.6374552583116766
    RHS_V     relu_le_pre_57  0.6374552583116766
    RHS_V     relu_le_pre_58  0.6374552583116766
    RHS_V     relu_le_pre_59  0.6374552583116766
    RHS_V     relu_le_pre_60  0.6374552583116766
    RHS_V     relu_le_pre_61  0.6374552583116766
    RHS_V     relu_le_pre_62  0.6374552583116766
    RHS_V     relu_le_pre_63  0.6374552583116766
    RHS_V     relu_le_pre_64  0.6374552583116766
    RHS_V     relu_le_pre_65  0.6374552583116766
    RHS_V     relu_le_pre_66  0.6374552583116766
    RHS_V     relu_le_pre_67  0.6374552583116766
    RHS_V     relu_le_pre_68  0.6374552583116766
    RHS_V     relu_le_pre_69  0.6374552583116766
    RHS_V     relu_le_pre_70  0.6374552583116766
    RHS_V     relu_le_pre_71  0.6374552583116766
    RHS_V     relu_le_pre_72  0.6374552583116766
    RHS_V     relu_le_pre_73  0.6374552583116766
    RHS_V     relu_le_pre_74  0.6374552583116766
    RHS_V     relu_le_pre_75  0.6374552583116766
    RHS_V     relu_le_pre_76  0.6374552583116766
    RHS_V     relu_le_pre_77  0.6374552583116766
    RHS_V     relu_le_pre_78  0.6374552583116766
    RHS_V     relu_le_pre_79  0.6374552583116766
    RHS_V     relu_le_pre_80  0.6374552583116766
    RHS_V     relu_le_pre_81  0.6374552583116766
    RHS_V     relu_le_pre_82  0.6374552583116766
    RHS_V     relu_le_pre_83  0.6374552583116766
    RHS_V     relu_le_pre_84  0.6374552583116766
    RHS_V     relu_le_pre_85  0.6374552583116766
    RHS_V     relu_le_pre_86  0.6374552583116766
    RHS_V     relu_le_pre_87  0.6374552583116766
    RHS_V     relu_le_pre_88  0.6374552583116766
    RHS_V     relu_le_pre_89  0.6374552583116766
    RHS_V     relu_le_pre_90  0.6374552583116766
    RHS_V     prod_ge_0  -0.6374552583116766
    RHS_V     prod_ge_1  -0.6374552583116766
    RHS_V     prod_ge_2  -0.6374552583116766
    RHS_V     prod_ge_3  -0.6374552583116766
    RHS_V     prod_ge_4  -0.6374552583116766
    RHS_V     prod_ge_5  -0.6374552583116766
    RHS_V     prod_ge_6  -0.6374552583116766
    RHS_V     prod_ge_7  -0.6374552583116766
    RHS_V     prod_ge_8  -0.6374552583116766
    RHS_V     prod_ge_9  -0.6374552583116766
    RHS_V     prod_ge_10  -0.6374552583116766
    RHS_V     prod_ge_11  -0.6374552583116766
    RHS_V     prod_ge_12  -0.6374552583116766
    RHS_V     prod_ge_13  -0.6374552583116766
    RHS_V     prod_ge_14  -0.6374552583116766
    RHS_V     prod_ge_15  -0.6374552583116766
    RHS_V     prod_ge_16  -0.6374552583116766
    RHS_V     prod_ge_17  -0.6374552583116766
    RHS_V     prod_ge_18  -0.6374552583116766
    RHS_V     prod_ge_19  -0.6374552583116766
    RHS_V     prod_ge_20  -0.6374552583116766
    RHS_V     prod_ge_21  -0.6374552583116766
    RHS_V     prod_ge_22  -0.6374552583116766
    RHS_V     prod_ge_23  -0.6374552583116766
    RHS_V     prod_ge_24  -0.6374552583116766
    RHS_V     prod_ge_25  -0.6374552583116766
    RHS_V     prod_ge_26  -0.6374552583116766
    RHS_V     prod_ge_27  -0.6374552583116766
    RHS_V     prod_ge_28  -0.6374552583116766
    RHS_V     prod_ge_29  -0.6374552583116766
    RHS_V     prod_ge_30  -0.6374552583116766
    RHS_V     prod_ge_31  -0.6374552583116766
    RHS_V     prod_ge_32  -0.6374552583116766
    RHS_V     prod_ge_33  -0.6374552583116766
    RHS_V     prod_ge_34  -0.6374552583116766
    RHS_V     prod_ge_35  -0.6374552583116766
    RHS_V     prod_ge_36  -0.6374552583116766
    RHS_V     prod_ge_37  -0.6374552583116766
    RHS_V     prod_ge_38  -0.6374552583116766
    RHS_V     prod_ge_39  -0.6374552583116766
    RHS_V     prod_ge_40  -0.6374552583116766
    RHS_V     prod_ge_41  -0.6374552583116766
    RHS_V     prod_ge_42  -0.6374552583116766
    RHS_V     prod_ge_43  -0.6374552583116766
    RHS_V     prod_ge_44  -0.6374552583116766
    RHS_V     prod_ge_45  -0.6374552583116766
    RHS_V     prod_ge_46  -0.6374552583116766
    RHS_V     prod_ge_47  -0.6374552583116766
    RHS_V     prod_ge_48  -0.6374552583116766
    RHS_V     prod_ge_49  -0.6374552583116766
    RHS_V     prod_ge_50  -0.6374552583116766
    RHS_V     prod_ge_51  -0.6374552583116766
    RHS_V     prod_ge_52  -0.6374552583116766
    RHS_V     prod_ge_53  -0.6374552583116766
    RHS_V     prod_ge_54  -0.6374552583116766
    RHS_V     prod_ge_55  -0.6374552583116766
    RHS_V     prod_ge_56  -0.6374552583116766
    RHS_V     prod_ge_57  -0.6374552583116766
    RHS_V     prod_ge_58  -0.6374552583116766
    RHS_V     prod_ge_59  -0.6374552583116766
    RHS_V     prod_ge_60  -0.6374552583116766
    RHS_V     prod_ge_61  -0.6374552583116766
    RHS_V     prod_ge_62  -0.6374552583116766
    RHS_V     prod_ge_63  -0.6374552583116766
    RHS_V     prod_ge_64  -0.6374552583116766
    RHS_V     prod_ge_65  -0.6374552583116766
    RHS_V     prod_ge_66  -0.6374552583116766
    RHS_V     prod_ge_67  -0.6374552583116766
    RHS_V     prod_ge_68  -0.6374552583116766
    RHS_V     prod_ge_69  -0.6374552583116766
    RHS_V     prod_ge_70  -0.6374552583116766
    RHS_V     prod_ge_71  -0.6374552583116766
    RHS_V     prod_ge_72  -0.6374552583116766
    RHS_V     prod_ge_73  -0.6374552583116766
    RHS_V     prod_ge_74  -0.6374552583116766
    RHS_V     prod_ge_75  -0.6374552583116766
    RHS_V     prod_ge_76  -0.6374552583116766
    RHS_V     prod_ge_77  -0.6374552583116766
    RHS_V     prod_ge_78  -0.6374552583116766
    RHS_V     prod_ge_79  -0.6374552583116766
    RHS_V     prod_ge_80  -0.6374552583116766
    RHS_V     prod_ge_81  -0.6374552583116766
    RHS_V     prod_ge_82  -0.6374552583116766
    RHS_V     prod_ge_83  -0.6374552583116766
    RHS_V     prod_ge_84  -0.6374552583116766
    RHS_V     prod_ge_85  -0.6374552583116766
    RHS_V     prod_ge_86  -0.6374552583116766
    RHS_V     prod_ge_87  -0.6374552583116766
    RHS_V     prod_ge_88  -0.6374552583116766
    RHS_V     prod_ge_89  -0.6374552583116766
    RHS_V     prod_ge_90  -0.6374552583116766
    RHS_V     residual_0  1
    RHS_V     residual_1  1
    RHS_V     residual_2  -1
    RHS_V     residual_3  1
    RHS_V     residual_4  1
    RHS_V     residual_5  1
    RHS_V     residual_6  -1
    RHS_V     residual_7  -1
    RHS_V     residual_8  -1
    RHS_V     residual_9  -1
    RHS_V     residual_10  1
    RHS_V     residual_11  -1
    RHS_V     residual_12  -1
    RHS_V     residual_13  1
    RHS_V     residual_14  1
    RHS_V     residual_15  -1
    RHS_V     residual_16  1
    RHS_V     residual_17  -1
    RHS_V     residual_18  1
    RHS_V     residual_19  -1
    RHS_V     residual_20  -1
    RHS_V     residual_21  1
    RHS_V     residual_22  1
    RHS_V     residual_23  -1
    RHS_V     residual_24  1
    RHS_V     residual_25  1
    RHS_V     residual_26  -1
    RHS_V     residual_27  1
    RHS_V     residual_28  -1
    RHS_V     residual_29  1
    RHS_V     residual_30  1
    RHS_V     residual_31  -1
    RHS_V     residual_32  -1
    RHS_V     residual_33  1
    RHS_V     residual_34  -1
    RHS_V     residual_35  1
    RHS_V     residual_36  -1
    RHS_V     residual_37  1
    RHS_V     residual_38  -1
    RHS_V     residual_39  1
    RHS_V     residual_40  -1
    RHS_V     residual_41  -1
    RHS_V     residual_42  1
    RHS_V     residual_43  1
    RHS_V     residual_44  -1
    RHS_V     residual_45  -1
    RHS_V     residual_46  -1
    RHS_V     residual_47  -1
    RHS_V     residual_48  1
    RHS_V     residual_49  -1
    RHS_V     residual_50  -1
    RHS_V     residual_51  -1
    RHS_V     residual_52  -1
    RHS_V     residual_53  -1
    RHS_V     residual_54  -1
    RHS_V     residual_55  -1
    RHS_V     residual_56  -1
    RHS_V     residual_57  -1
    RHS_V     residual_58  -1
    RHS_V     residual_59  -1
    RHS_V     residual_60  1
    RHS_V     residual_61  -1
    RHS_V     residual_62  -1
    RHS_V     residual_63  -1
    RHS_V     residual_64  -1
    RHS_V     residual_65  1
    RHS_V     residual_66  -1
    RHS_V     residual_67  1
    RHS_V     residual_68  -1
    RHS_V     residual_69  -1
    RHS_V     residual_70  -1
    RHS_V     residual_71  -1
    RHS_V     residual_72  1
    RHS_V     residual_73  -1
    RHS_V     residual_74  -1
    RHS_V     residual_75  -1
    RHS_V     residual_76  -1
    RHS_V     residual_77  1
    RHS_V     residual_78  1
    RHS_V     residual_79  -1
    RHS_V     residual_80  -1
    RHS_V     residual_81  1
    RHS_V     residual_82  1
    RHS_V     residual_83  -1
    RHS_V     residual_84  -1
    RHS_V     residual_85  -1
    RHS_V     residual_86  1
    RHS_V     residual_87  1
    RHS_V     residual_88  -1
    RHS_V     residual_89  -1
    RHS_V     residual_90  -1
BOUNDS
 LO BOUND     W_0_0     -0.35856858280031806
 UP BOUND     W_0_0     0.35856858280031806
 LO BOUND     W_0_1     -0.35856858280031806
 UP BOUND     W_0_1     0.35856858280031806
 LO BOUND     W_0_2     -0.35856858280031806
 UP BOUND     W_0_2     0.35856858280031806
 LO BOUND     W_0_3     -0.35856858280031806
 UP BOUND     W_0_3     0.35856858280031806
 LO BOUND     W_0_4     -0.35856858280031806
 UP BOUND     W_0_4     0.35856858280031806
 LO BOUND     W_0_5     -0.35856858280031806
 UP BOUND     W_0_5     0.35856858280031806
 LO BOUND     W_0_6     -0.35856858280031806
 UP BOUND     W_0_6     0.35856858280031806
 LO BOUND     W_0_7     -0.35856858280031806
 UP BOUND     W_0_7     0.35856858280031806
 LO BOUND     W_0_8     -0.35856858280031806
 UP BOUND     W_0_8     0.35856858280031806
 LO BOUND     W_0_9     -0.35856858280031806
 UP BOUND     W_0_9     0.35856858280031806
 LO BOUND     W_0_10    -0.35856858280031806
 UP BOUND     W_0_10    0.35856858280031806
 LO BOUND     W_0_11    -0.35856858280031806
 UP BOUND     W_0_11    0.35856858280031806
 LO BOUND     W_0_12    -0.35856858280031806
 UP BOUND     W_0_12    0.35856858280031806
 LO BOUND     W_0_13    -0.35856858280031806
 UP BOUND     W_0_13    0.35856858280031806
 LO BOUND     b_0       -0.27888667551135848
 UP BOUND     b_0       0.27888667551135848
 UP BOUND     h_0_0     0.6374552583116766
 UP BOUND     h_1_0     0.6374552583116766
 UP BOUND     h_2_0     0.6374552583116766
 UP BOUND     h_3_0     0.6374552583116766
 UP BOUND     h_4_0     0.6374552583116766
 UP BOUND     h_5_0     0.6374552583116766
 UP BOUND     h_6_0     0.6374552583116766
 UP BOUND     h_7_0     0.6374552583116766
 UP BOUND     h_8_0     0.6374552583116766
 UP BOUND     h_9_0     0.6374552583116766
 UP BOUND     h_10_0    0.6374552583116766
 UP BOUND     h_11_0    0.6374552583116766
 UP BOUND     h_12_0    0.6374552583116766
 UP BOUND     h_13_0    0.6374552583116766
 UP BOUND     h_14_0    0.6374552583116766
 UP BOUND     h_15_0    0.6374552583116766
 UP BOUND     h_16_0    0.6374552583116766
 UP BOUND     h_17_0    0.6374552583116766
 UP BOUND     h_18_0    0.6374552583116766
 UP BOUND     h_19_0    0.6374552583116766
 UP BOUND     h_20_0    0.6374552583116766
 UP BOUND     h_21_0    0.6374552583116766
 UP BOUND     h_22_0    0.6374552583116766
 UP BOUND     h_23_0    0.6374552583116766
 UP BOUND     h_24_0    0.6374552583116766
 UP BOUND     h_25_0    0.6374552583116766
 UP BOUND     h_26_0    0.6374552583116766
 UP BOUND     h_27_0    0.6374552583116766
 UP BOUND     h_28_0    0.6374552583116766
 UP BOUND     h_29_0    0.6374552583116766
 UP BOUND     h_30_0    0.6374552583116766
 UP BOUND     h_31_0    0.6374552583116766
 UP BOUND     h_32_0    0.6374552583116766
 UP BOUND     h_33_0    0.6374552583116766
 UP BOUND     h_34_0    0.6374552583116766
 UP BOUND     h_35_0    0.6374552583116766
 UP BOUND     h_36_0    0.6374552583116766
 UP BOUND     h_37_0    0.6374552583116766
 UP BOUND     h_38_0    0.6374552583116766
 UP BOUND     h_39_0    0.6374552583116766
 UP BOUND     h_40_0    0.6374552583116766
 UP BOUND     h_41_0    0.6374552583116766
 UP BOUND     h_42_0    0.6374552583116766
 UP BOUND     h_43_0    0.6374552583116766
 UP BOUND     h_44_0    0.6374552583116766
 UP BOUND     h_45_0    0.6374552583116766
 UP BOUND     h_46_0    0.6374552583116766
 UP BOUND     h_47_0    0.6374552583116766
 UP BOUND     h_48_0    0.6374552583116766
 UP BOUND     h_49_0    0.6374552583116766
 UP BOUND     h_50_0    0.6374552583116766
 UP BOUND     h_51_0    0.6374552583116766
 UP BOUND     h_52_0    0.6374552583116766
 UP BOUND     h_53_0    0.6374552583116766
 UP BOUND     h_54_0    0.6374552583116766
 UP BOUND     h_55_0    0.6374552583116766
 UP BOUND     h_56_0    0.6374552583116766
 UP BOUND     h_57_0    0.6374552583116766
 UP BOUND     h_58_0    0.6374552583116766
 UP BOUND     h_59_0    0.6374552583116766
 UP BOUND     h_60_0    0.6374552583116766
 UP BOUND     h_61_0    0.6374552583116766
 UP BOUND     h_62_0    0.6374552583116766
 UP BOUND     h_63_0    0.6374552583116766
 UP BOUND     h_64_0    0.6374552583116766
 UP BOUND     h_65_0    0.6374552583116766
 UP BOUND     h_66_0    0.6374552583116766
 UP BOUND     h_67_0    0.6374552583116766
 UP BOUND     h_68_0    0.6374552583116766
 UP BOUND     h_69_0    0.6374552583116766
 UP BOUND     h_70_0    0.6374552583116766
 UP BOUND     h_71_0    0.6374552583116766
 UP BOUND     h_72_0    0.6374552583116766
 UP BOUND     h_73_0    0.6374552583116766
 UP BOUND     h_74_0    0.6374552583116766
 UP BOUND     h_75_0    0.6374552583116766
 UP BOUND     h_76_0    0.6374552583116766
 UP BOUND     h_77_0    0.6374552583116766
 UP BOUND     h_78_0    0.6374552583116766
 UP BOUND     h_79_0    0.6374552583116766
 UP BOUND     h_80_0    0.6374552583116766
 UP BOUND     h_81_0    0.6374552583116766
 UP BOUND     h_82_0    0.6374552583116766
 UP BOUND     h_83_0    0.6374552583116766
 UP BOUND     h_84_0    0.6374552583116766
 UP BOUND     h_85_0    0.6374552583116766
 UP BOUND     h_86_0    0.6374552583116766
 UP BOUND     h_87_0    0.6374552583116766
 UP BOUND     h_88_0    0.6374552583116766
 UP BOUND     h_89_0    0.6374552583116766
 UP BOUND     h_90_0    0.6374552583116766
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
 BV BOUND     sgn_0   
 UP BOUND     g_0_0     0.6374552583116766
 UP BOUND     g_1_0     0.6374552583116766
 UP BOUND     g_2_0     0.6374552583116766
 UP BOUND     g_3_0     0.6374552583116766
 UP BOUND     g_4_0     0.6374552583116766
 UP BOUND     g_5_0     0.6374552583116766
 UP BOUND     g_6_0     0.6374552583116766
 UP BOUND     g_7_0     0.6374552583116766
 UP BOUND     g_8_0     0.6374552583116766
 UP BOUND     g_9_0     0.6374552583116766
 UP BOUND     g_10_0    0.6374552583116766
 UP BOUND     g_11_0    0.6374552583116766
 UP BOUND     g_12_0    0.6374552583116766
 UP BOUND     g_13_0    0.6374552583116766
 UP BOUND     g_14_0    0.6374552583116766
 UP BOUND     g_15_0    0.6374552583116766
 UP BOUND     g_16_0    0.6374552583116766
 UP BOUND     g_17_0    0.6374552583116766
 UP BOUND     g_18_0    0.6374552583116766
 UP BOUND     g_19_0    0.6374552583116766
 UP BOUND     g_20_0    0.6374552583116766
 UP BOUND     g_21_0    0.6374552583116766
 UP BOUND     g_22_0    0.6374552583116766
 UP BOUND     g_23_0    0.6374552583116766
 UP BOUND     g_24_0    0.6374552583116766
 UP BOUND     g_25_0    0.6374552583116766
 UP BOUND     g_26_0    0.6374552583116766
 UP BOUND     g_27_0    0.6374552583116766
 UP BOUND     g_28_0    0.6374552583116766
 UP BOUND     g_29_0    0.6374552583116766
 UP BOUND     g_30_0    0.6374552583116766
 UP BOUND     g_31_0    0.6374552583116766
 UP BOUND     g_32_0    0.6374552583116766
 UP BOUND     g_33_0    0.6374552583116766
 UP BOUND     g_34_0    0.6374552583116766
 UP BOUND     g_35_0    0.6374552583116766
 UP BOUND     g_36_0    0.6374552583116766
 UP BOUND     g_37_0    0.6374552583116766
 UP BOUND     g_38_0    0.6374552583116766
 UP BOUND     g_39_0    0.6374552583116766
 UP BOUND     g_40_0    0.6374552583116766
 UP BOUND     g_41_0    0.6374552583116766
 UP BOUND     g_42_0    0.6374552583116766
 UP BOUND     g_43_0    0.6374552583116766
 UP BOUND     g_44_0    0.6374552583116766
 UP BOUND     g_45_0    0.6374552583116766
 UP BOUND     g_46_0    0.6374552583116766
 UP BOUND     g_47_0    0.6374552583116766
 UP BOUND     g_48_0    0.6374552583116766
 UP BOUND     g_49_0    0.6374552583116766
 UP BOUND     g_50_0    0.6374552583116766
 UP BOUND     g_51_0    0.6374552583116766
 UP BOUND     g_52_0    0.6374552583116766
 UP BOUND     g_53_0    0.6374552583116766
 UP BOUND     g_54_0    0.6374552583116766
 UP BOUND     g_55_0    0.6374552583116766
 UP BOUND     g_56_0    0.6374552583116766
 UP BOUND     g_57_0    0.6374552583116766
 UP BOUND     g_58_0    0.6374552583116766
 UP BOUND     g_59_0    0.6374552583116766
 UP BOUND     g_60_0    0.6374552583116766
 UP BOUND     g_61_0    0.6374552583116766
 UP BOUND     g_62_0    0.6374552583116766
 UP BOUND     g_63_0    0.6374552583116766
 UP BOUND     g_64_0    0.6374552583116766
 UP BOUND     g_65_0    0.6374552583116766
 UP BOUND     g_66_0    0.6374552583116766
 UP BOUND     g_67_0    0.6374552583116766
 UP BOUND     g_68_0    0.6374552583116766
 UP BOUND     g_69_0    0.6374552583116766
 UP BOUND     g_70_0    0.6374552583116766
 UP BOUND     g_71_0    0.6374552583116766
 UP BOUND     g_72_0    0.6374552583116766
 UP BOUND     g_73_0    0.6374552583116766
 UP BOUND     g_74_0    0.6374552583116766
 UP BOUND     g_75_0    0.6374552583116766
 UP BOUND     g_76_0    0.6374552583116766
 UP BOUND     g_77_0    0.6374552583116766
 UP BOUND     g_78_0    0.6374552583116766
 UP BOUND     g_79_0    0.6374552583116766
 UP BOUND     g_80_0    0.6374552583116766
 UP BOUND     g_81_0    0.6374552583116766
 UP BOUND     g_82_0    0.6374552583116766
 UP BOUND     g_83_0    0.6374552583116766
 UP BOUND     g_84_0    0.6374552583116766
 UP BOUND     g_85_0    0.6374552583116766
 UP BOUND     g_86_0    0.6374552583116766
 UP BOUND     g_87_0    0.6374552583116766
 UP BOUND     g_88_0    0.6374552583116766
 UP BOUND     g_89_0    0.6374552583116766
 UP BOUND     g_90_0    0.6374552583116766
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
ENDATA
