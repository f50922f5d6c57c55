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
 G  symmetry_sign_0
 G  symmetry_bias_0
COLUMNS
    W_0_0     relu_ge_pre_0  -1.0137194090532766
    W_0_0     relu_ge_pre_2  -1.3521418253819912
    W_0_0     relu_ge_pre_4  -0.65378838441620557
    W_0_0     relu_ge_pre_6  -1.4971178525878377
    W_0_0     relu_ge_pre_8  -0.28995759136634802
    W_0_0     relu_ge_pre_10  -0.55126713176841191
    W_0_0     relu_ge_pre_12  -0.17873768757050404
    W_0_0     relu_ge_pre_14  1.0738587014753691
    W_0_0     relu_ge_pre_16  0.84662896623827133
    W_0_0     relu_ge_pre_18  -0.37958424600772894
    W_0_0     relu_ge_pre_20  0.58019520160570059
    W_0_0     relu_ge_pre_22  -1.2715513764583872
    W_0_0     relu_ge_pre_24  -1.2923865934033114
    W_0_0     relu_ge_pre_26  -1.7987863384903786
    W_0_0     relu_ge_pre_28  0.02607383754457069
    W_0_0     relu_ge_pre_30  -1.3837097563119558
    W_0_0     relu_ge_pre_32  0.90584314082240869
    W_0_0     relu_ge_pre_34  0.81631472969090713
    W_0_0     relu_ge_pre_36  -0.081303056294034434
    W_0_0     relu_ge_pre_38  -0.28143083650814188
    W_0_0     relu_ge_pre_40  1.5989883258714874
    W_0_0     relu_ge_pre_42  1.7307241895763841
    W_0_0     relu_ge_pre_44  -0.35507840315793449
    W_0_0     relu_ge_pre_46  0.86218807282687127
    W_0_0     relu_ge_pre_48  -1.2083570546510172
    W_0_0     relu_ge_pre_50  -0.39454619699169213
    W_0_0     relu_ge_pre_52  -0.30718460927779667
    W_0_0     relu_ge_pre_54  -0.20844262818972811
    W_0_0     relu_ge_pre_56  -0.89547509226240163
    W_0_0     relu_ge_pre_58  0.15304614543239811
    W_0_0     relu_ge_pre_60  -1.0856309895933389
    W_0_0     relu_ge_pre_62  0.52591431955576429
    W_0_0     relu_ge_pre_64  0.22499771732365406
    W_0_0     relu_ge_pre_66  0.68050519527158893
    W_0_0     relu_ge_pre_68  -0.5976618821818257
    W_0_0     relu_ge_pre_70  -0.035884245959506046
    W_0_0     relu_ge_pre_72  0.86226705692836925
    W_0_0     relu_ge_pre_74  -2.0018799427117075
    W_0_0     relu_ge_pre_76  0.36371402873939118
    W_0_0     relu_ge_pre_78  0.11629977362405139
    W_0_0     relu_le_pre_0  -1.0137194090532766
    W_0_0     relu_le_pre_2  -1.3521418253819912
    W_0_0     relu_le_pre_4  -0.65378838441620557
    W_0_0     relu_le_pre_6  -1.4971178525878377
    W_0_0     relu_le_pre_8  -0.28995759136634802
    W_0_0     relu_le_pre_10  -0.55126713176841191
    W_0_0     relu_le_pre_12  -0.17873768757050404
    W_0_0     relu_le_pre_14  1.0738587014753691
    W_0_0     relu_le_pre_16  0.84662896623827133
    W_0_0     relu_le_pre_18  -0.37958424600772894
    W_0_0     relu_le_pre_20  0.58019520160570059
    W_0_0     relu_le_pre_22  -1.2715513764583872
    W_0_0     relu_le_pre_24  -1.2923865934033114
    W_0_0     relu_le_pre_26  -1.7987863384903786
    W_0_0     relu_le_pre_28  0.02607383754457069
    W_0_0     relu_le_pre_30  -1.3837097563119558
    W_0_0     relu_le_pre_32  0.90584314082240869
    W_0_0     relu_le_pre_34  0.81631472969090713
    W_0_0     relu_le_pre_36  -0.081303056294034434
    W_0_0     relu_le_pre_38  -0.28143083650814188
    W_0_0     relu_le_pre_40  1.5989883258714874
    W_0_0     relu_le_pre_42  1.7307241895763841
    W_0_0     relu_le_pre_44  -0.35507840315793449
    W_0_0     relu_le_pre_46  0.86218807282687127
    W_0_0     relu_le_pre_48  -1.2083570546510172
    W_0_0     relu_le_pre_50  -0.39454619699169213
    W_0_0     relu_le_pre_52  -0.30718460927779667
    W_0_0     relu_le_pre_54  -0.20844262818972811
    W_0_0     relu_le_pre_56  -0.89547509226240163
    W_0_0     relu_le_pre_58  0.15304614543239811
    W_0_0     relu_le_pre_60  -1.0856309895933389
    W_0_0     relu_le_pre_62  0.52591431955576429
    W_0_0     relu_le_pre_64  0.22499771732365406
    W_0_0     relu_le_pre_66  0.68050519527158893
    W_0_0     relu_le_pre_68  -0.5976618821818257
    W_0_0     relu_le_pre_70  -0.035884245959506046
    W_0_0     relu_le_pre_72  0.86226705692836925
    W_0_0     relu_le_pre_74  -2.0018799427117075
    W_0_0     relu_le_pre_76  0.36371402873939118
    W_0_0     relu_le_pre_78  0.11629977362405139
    W_1_0     relu_ge_pre_1  -1.0137194090532766
    W_1_0     relu_ge_pre_3  -1.3521418253819912
    W_1_0     relu_ge_pre_5  -0.65378838441620557
    W_1_0     relu_ge_pre_7  -1.4971178525878377
    W_1_0     relu_ge_pre_9  -0.28995759136634802
    W_1_0     relu_ge_pre_11  -0.55126713176841191
    W_1_0     relu_ge_pre_13  -0.17873768757050404
    W_1_0     relu_ge_pre_15  1.0738587014753691
    W_1_0     relu_ge_pre_17  0.84662896623827133
    W_1_0     relu_ge_pre_19  -0.37958424600772894
    W_1_0     relu_ge_pre_21  0.58019520160570059
    W_1_0     relu_ge_pre_23  -1.2715513764583872
    W_1_0     relu_ge_pre_25  -1.2923865934033114
    W_1_0     relu_ge_pre_27  -1.7987863384903786
    W_1_0     relu_ge_pre_29  0.02607383754457069
    W_1_0     relu_ge_pre_31  -1.3837097563119558
    W_1_0     relu_ge_pre_33  0.90584314082240869
    W_1_0     relu_ge_pre_35  0.81631472969090713
    W_1_0     relu_ge_pre_37  -0.081303056294034434
    W_1_0     relu_ge_pre_39  -0.28143083650814188
    W_1_0     relu_ge_pre_41  1.5989883258714874
    W_1_0     relu_ge_pre_43  1.7307241895763841
    W_1_0     relu_ge_pre_45  -0.35507840315793449
    W_1_0     relu_ge_pre_47  0.86218807282687127
    W_1_0     relu_ge_pre_49  -1.2083570546510172
    W_1_0     relu_ge_pre_51  -0.39454619699169213
    W_1_0     relu_ge_pre_53  -0.30718460927779667
    W_1_0     relu_ge_pre_55  -0.20844262818972811
    W_1_0     relu_ge_pre_57  -0.89547509226240163
    W_1_0     relu_ge_pre_59  0.15304614543239811
    W_1_0     relu_ge_pre_61  -1.0856309895933389
    W_1_0     relu_ge_pre_63  0.52591431955576429
    W_1_0     relu_ge_pre_65  0.22499771732365406
    W_1_0     relu_ge_pre_67  0.68050519527158893
    W_1_0     relu_ge_pre_69  -0.5976618821818257
    W_1_0     relu_ge_pre_71  -0.035884245959506046
    W_1_0     relu_ge_pre_73  0.86226705692836925
    W_1_0     relu_ge_pre_75  -2.0018799427117075
    W_1_0     relu_ge_pre_77  0.36371402873939118
    W_1_0     relu_ge_pre_79  0.11629977362405139
    W_1_0     relu_le_pre_1  -1.0137194090532766
    W_1_0     relu_le_pre_3  -1.3521418253819912
    W_1_0     relu_le_pre_5  -0.65378838441620557
    W_1_0     relu_le_pre_7  -1.4971178525878377
    W_1_0     relu_le_pre_9  -0.28995759136634802
    W_1_0     relu_le_pre_11  -0.55126713176841191
    W_1_0     relu_le_pre_13  -0.17873768757050404
    W_1_0     relu_le_pre_15  1.0738587014753691
    W_1_0     relu_le_pre_17  0.84662896623827133
    W_1_0     relu_le_pre_19  -0.37958424600772894
    W_1_0     relu_le_pre_21  0.58019520160570059
    W_1_0     relu_le_pre_23  -1.2715513764583872
    W_1_0     relu_le_pre_25  -1.2923865934033114
    W_1_0     relu_le_pre_27  -1.7987863384903786
    W_1_0     relu_le_pre_29  0.02607383754457069
    W_1_0     relu_le_pre_31  -1.3837097563119558
    W_1_0     relu_le_pre_33  0.90584314082240869
    W_1_0     relu_le_pre_35  0.81631472969090713
    W_1_0     relu_le_pre_37  -0.081303056294034434
    W_1_0     relu_le_pre_39  -0.28143083650814188
    W_1_0     relu_le_pre_41  1.5989883258714874
    W_1_0     relu_le_pre_43  1.7307241895763841
    W_1_0     relu_le_pre_45  -0.35507840315793449
    W_1_0     relu_le_pre_47  0.86218807282687127
    W_1_0     relu_le_pre_49  -1.2083570546510172
    W_1_0     relu_le_pre_51  -0.39454619699169213
    W_1_0     relu_le_pre_53  -0.30718460927779667
    W_1_0     relu_le_pre_55  -0.20844262818972811
    W_1_0     relu_le_pre_57  -0.89547509226240163
    W_1_0     relu_le_pre_59  0.15304614543239811
    W_1_0     relu_le_pre_61  -1.0856309895933389
    W_1_0     relu_le_pre_63  0.52591431955576429
    W_1_0     relu_le_pre_65  0.22499771732365406
    W_1_0     relu_le_pre_67  0.68050519527158893
    W_1_0     relu_le_pre_69  -0.5976618821818257
    W_1_0     relu_le_pre_71  -0.035884245959506046
    W_1_0     relu_le_pre_73  0.86226705692836925
    W_1_0     relu_le_pre_75  -2.0018799427117075
    W_1_0     relu_le_pre_77  0.36371402873939118
    W_1_0     relu_le_pre_79  0.11629977362405139
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
    b_1       symmetry_bias_0  -1
    h_0_0     relu_ge_pre_0  1
    h_0_0     relu_le_pre_0  1
    h_0_0     relu_le_onoff_0  1
    h_0_0     prod_le_h_0  -1
    h_0_0     prod_ge_0  -1
    h_0_0     max_upper_0  -1
    h_0_0     max_lower_0  -1
    h_0_1     relu_ge_pre_1  1
    h_0_1     relu_le_pre_1  1
    h_0_1     relu_le_onoff_1  1
    h_0_1     prod_le_h_1  -1
    h_0_1     prod_ge_1  -1
    h_0_1     max_upper_0  -1
    h_0_1     max_lower_0  -1
    h_1_0     relu_ge_pre_2  1
    h_1_0     relu_le_pre_2  1
    h_1_0     relu_le_onoff_2  1
    h_1_0     prod_le_h_2  -1
    h_1_0     prod_ge_2  -1
    h_1_0     max_upper_1  -1
    h_1_0     max_lower_1  -1
    h_1_1     relu_ge_pre_3  1
    h_1_1     relu_le_pre_3  1
    h_1_1     relu_le_onoff_3  1
    h_1_1     prod_le_h_3  -1
    h_1_1     prod_ge_3  -1
    h_1_1     max_upper_1  -1
    h_1_1     max_lower_1  -1
    h_2_0     relu_ge_pre_4  1
    h_2_0     relu_le_pre_4  1
    h_2_0     relu_le_onoff_4  1
    h_2_0     prod_le_h_4  -1
    h_2_0     prod_ge_4  -1
    h_2_0     max_upper_2  -1
    h_2_0     max_lower_2  -1
    h_2_1     relu_ge_pre_5  1
    h_2_1     relu_le_pre_5  1
    h_2_1     relu_le_onoff_5  1
    h_2_1     prod_le_h_5  -1
    h_2_1     prod_ge_5  -1
    h_2_1     max_upper_2  -1
    h_2_1     max_lower_2  -1
    h_3_0     relu_ge_pre_6  1
    h_3_0     relu_le_pre_6  1
    h_3_0     relu_le_onoff_6  1
    h_3_0     prod_le_h_6  -1
    h_3_0     prod_ge_6  -1
    h_3_0     max_upper_3  -1
    h_3_0     max_lower_3  -1
    h_3_1     relu_ge_pre_7  1
    h_3_1     relu_le_pre_7  1
    h_3_1     relu_le_onoff_7  1
    h_3_1     prod_le_h_7  -1
    h_3_1     prod_ge_7  -1
    h_3_1     max_upper_3  -1
    h_3_1     max_lower_3  -1
    h_4_0     relu_ge_pre_8  1
    h_4_0     relu_le_pre_8  1
    h_4_0     relu_le_onoff_8  1
    h_4_0     prod_le_h_8  -1
    h_4_0     prod_ge_8  -1
    h_4_0     max_upper_4  -1
    h_4_0     max_lower_4  -1
    h_4_1     relu_ge_pre_9  1
    h_4_1     relu_le_pre_9  1
    h_4_1     relu_le_onoff_9  1
    h_4_1     prod_le_h_9  -1
    h_4_1     prod_ge_9  -1
    h_4_1     max_upper_4  -1
    h_4_1     max_lower_4  -1
    h_5_0     relu_ge_pre_10  1
    h_5_0     relu_le_pre_10  1
    h_5_0     relu_le_onoff_10  1
    h_5_0     prod_le_h_10  -1
    h_5_0     prod_ge_10  -1
    h_5_0     max_upper_5  -1
    h_5_0     max_lower_5  -1
    h_5_1     relu_ge_pre_11  1
    h_5_1     relu_le_pre_11  1
    h_5_1     relu_le_onoff_11  1
    h_5_1     prod_le_h_11  -1
    h_5_1     prod_ge_11  -1
    h_5_1     max_upper_5  -1
    h_5_1     max_lower_5  -1
    h_6_0     relu_ge_pre_12  1
    h_6_0     relu_le_pre_12  1
    h_6_0     relu_le_onoff_12  1
    h_6_0     prod_le_h_12  -1
    h_6_0     prod_ge_12  -1
    h_6_0     max_upper_6  -1
    h_6_0     max_lower_6  -1
    h_6_1     relu_ge_pre_13  1
    h_6_1     relu_le_pre_13  1
    h_6_1     relu_le_onoff_13  1
    h_6_1     prod_le_h_13  -1
    h_6_1     prod_ge_13  -1
    h_6_1     max_upper_6  -1
    h_6_1     max_lower_6  -1
    h_7_0     relu_ge_pre_14  1
    h_7_0     relu_le_pre_14  1
    h_7_0     relu_le_onoff_14  1
    h_7_0     prod_le_h_14  -1
    h_7_0     prod_ge_14  -1
    h_7_0     max_upper_7  -1
    h_7_0     max_lower_7  -1
    h_7_1     relu_ge_pre_15  1
    h_7_1     relu_le_pre_15  1
    h_7_1     relu_le_onoff_15  1
    h_7_1     prod_le_h_15  -1
    h_7_1     prod_ge_15  -1
    h_7_1     max_upper_7  -1
    h_7_1     max_lower_7  -1
    h_8_0     relu_ge_pre_16  1
    h_8_0     relu_le_pre_16  1
    h_8_0     relu_le_onoff_16  1
    h_8_0     prod_le_h_16  -1
    h_8_0     prod_ge_16  -1
    h_8_0     max_upper_8  -1
    h_8_0     max_lower_8  -1
    h_8_1     relu_ge_pre_17  1
    h_8_1     relu_le_pre_17  1
    h_8_1     relu_le_onoff_17  1
    h_8_1     prod_le_h_17  -1
    h_8_1     prod_ge_17  -1
    h_8_1     max_upper_8  -1
    h_8_1     max_lower_8  -1
    h_9_0     relu_ge_pre_18  1
    h_9_0     relu_le_pre_18  1
    h_9_0     relu_le_onoff_18  1
    h_9_0     prod_le_h_18  -1
    h_9_0     prod_ge_18  -1
    h_9_0     max_upper_9  -1
    h_9_0     max_lower_9  -1
    h_9_1     relu_ge_pre_19  1
    h_9_1     relu_le_pre_19  1
    h_9_1     relu_le_onoff_19  1
    h_9_1     prod_le_h_19  -1
    h_9_1     prod_ge_19  -1
    h_9_1     max_upper_9  -1
    h_9_1     max_lower_9  -1
    h_10_0    relu_ge_pre_20  1
    h_10_0    relu_le_pre_20  1
    h_10_0    relu_le_onoff_20  1
    h_10_0    prod_le_h_20  -1
    h_10_0    prod_ge_20  -1
    h_10_0    max_upper_10  -1
    h_10_0    max_lower_10  -1
    h_10_1    relu_ge_pre_21  1
    h_10_1    relu_le_pre_21  1
    h_10_1    relu_le_onoff_21  1
    h_10_1    prod_le_h_21  -1
    h_10_1    prod_ge_21  -1
    h_10_1    max_upper_10  -1
    h_10_1    max_lower_10  -1
    h_11_0    relu_ge_pre_22  1
    h_11_0    relu_le_pre_22  1
    h_11_0    relu_le_onoff_22  1
    h_11_0    prod_le_h_22  -1
    h_11_0    prod_ge_22  -1
    h_11_0    max_upper_11  -1
    h_11_0    max_lower_11  -1
    h_11_1    relu_ge_pre_23  1
    h_11_1    relu_le_pre_23  1
    h_11_1    relu_le_onoff_23  1
    h_11_1    prod_le_h_23  -1
    h_11_1    prod_ge_23  -1
    h_11_1    max_upper_11  -1
    h_11_1    max_lower_11  -1
    h_12_0    relu_ge_pre_24  1
    h_12_0    relu_le_pre_24  1
    h_12_0    relu_le_onoff_24  1
    h_12_0    prod_le_h_24  -1
    h_12_0    prod_ge_24  -1
    h_12_0    max_upper_12  -1
    h_12_0    max_lower_12  -1
    h_12_1    relu_ge_pre_25  1
    h_12_1    relu_le_pre_25  1
    h_12_1    relu_le_onoff_25  1
    h_12_1    prod_le_h_25  -1
    h_12_1    prod_ge_25  -1
    h_12_1    max_upper_12  -1
    h_12_1    max_lower_12  -1
    h_13_0    relu_ge_pre_26  1
    h_13_0    relu_le_pre_26  1
    h_13_0    relu_le_onoff_26  1
    h_13_0    prod_le_h_26  -1
    h_13_0    prod_ge_26  -1
    h_13_0    max_upper_13  -1
    h_13_0    max_lower_13  -1
    h_13_1    relu_ge_pre_27  1
    h_13_1    relu_le_pre_27  1
    h_13_1    relu_le_onoff_27  1
    h_13_1    prod_le_h_27  -1
    h_13_1    prod_ge_27  -1
    h_13_1    max_upper_13  -1
    h_13_1    max_lower_13  -1
    h_14_0    relu_ge_pre_28  1
    h_14_0    relu_le_pre_28  1
    h_14_0    relu_le_onoff_28  1
    h_14_0    prod_le_h_28  -1
    h_14_0    prod_ge_28  -1
    h_14_0    max_upper_14  -1
    h_14_0    max_lower_14  -1
    h_14_1    relu_ge_pre_29  1
    h_14_1    relu_le_pre_29  1
    h_14_1    relu_le_onoff_29  1
    h_14_1    prod_le_h_29  -1
    h_14_1    prod_ge_29  -1
    h_14_1    max_upper_14  -1
    h_14_1    max_lower_14  -1
    h_15_0    relu_ge_pre_30  1
    h_15_0    relu_le_pre_30  1
    h_15_0    relu_le_onoff_30  1
    h_15_0    prod_le_h_30  -1
    h_15_0    prod_ge_30  -1
    h_15_0    max_upper_15  -1
    h_15_0    max_lower_15  -1
    h_15_1    relu_ge_pre_31  1
    h_15_1    relu_le_pre_31  1
    h_15_1    relu_le_onoff_31  1
    h_15_1    prod_le_h_31  -1
    h_15_1    prod_ge_31  -1
    h_15_1    max_upper_15  -1
    h_15_1    max_lower_15  -1
    h_16_0    relu_ge_pre_32  1
    h_16_0    relu_le_pre_32  1
    h_16_0    relu_le_onoff_32  1
    h_16_0    prod_le_h_32  -1
    h_16_0    prod_ge_32  -1
    h_16_0    max_upper_16  -1
    h_16_0    max_lower_16  -1
    h_16_1    relu_ge_pre_33  1
    h_16_1    relu_le_pre_33  1
    h_16_1    relu_le_onoff_33  1
    h_16_1    prod_le_h_33  -1
    h_16_1    prod_ge_33  -1
    h_16_1    max_upper_16  -1
    h_16_1    max_lower_16  -1
    h_17_0    relu_ge_pre_34  1
    h_17_0    relu_le_pre_34  1
    h_17_0    relu_le_onoff_34  1
    h_17_0    prod_le_h_34  -1
    h_17_0    prod_ge_34  -1
    h_17_0    max_upper_17  -1
    h_17_0    max_lower_17  -1
    h_17_1    relu_ge_pre_35  1
    h_17_1    relu_le_pre_35  1
    h_17_1    relu_le_onoff_35  1
    h_17_1    prod_le_h_35  -1
    h_17_1    prod_ge_35  -1
    h_17_1    max_upper_17  -1
    h_17_1    max_lower_17  -1
    h_18_0    relu_ge_pre_36  1
    h_18_0    relu_le_pre_36  1
    h_18_0    relu_le_onoff_36  1
    h_18_0    prod_le_h_36  -1
    h_18_0    prod_ge_36  -1
    h_18_0    max_upper_18  -1
    h_18_0    max_lower_18  -1
    h_18_1    relu_ge_pre_37  1
    h_18_1    relu_le_pre_37  1
    h_18_1    relu_le_onoff_37  1
    h_18_1    prod_le_h_37  -1
    h_18_1    prod_ge_37  -1
    h_18_1    max_upper_18  -1
    h_18_1    max_lower_18  -1
    h_19_0    relu_ge_pre_38  1
    h_19_0    relu_le_pre_38  1
    h_19_0    relu_le_onoff_38  1
    h_19_0    prod_le_h_38  -1
    h_19_0    prod_ge_38  -1
    h_19_0    max_upper_19  -1
    h_19_0    max_lower_19  -1
    h_19_1    relu_ge_pre_39  1
    h_19_1    relu_le_pre_39  1
    h_19_1    relu_le_onoff_39  1
    h_19_1    prod_le_h_39  -1
    h_19_1    prod_ge_39  -1
    h_19_1    max_upper_19  -1
    h_19_1    max_lower_19  -1
    h_20_0    relu_ge_pre_40  1
    h_20_0    relu_le_pre_40  1
    h_20_0    relu_le_onoff_40  1
    h_20_0    prod_le_h_40  -1
    h_20_0    prod_ge_40  -1
    h_20_0    max_upper_20  -1
    h_20_0    max_lower_20  -1
    h_20_1    relu_ge_pre_41  1
    h_20_1    relu_le_pre_41  1
    h_20_1    relu_le_onoff_41  1
    h_20_1    prod_le_h_41  -1
    h_20_1    prod_ge_41  -1
    h_20_1    max_upper_20  -1
    h_20_1    max_lower_20  -1
    h_21_0    relu_ge_pre_42  1
    h_21_0    relu_le_pre_42  1
    h_21_0    relu_le_onoff_42  1
    h_21_0    prod_le_h_42  -1
    h_21_0    prod_ge_42  -1
    h_21_0    max_upper_21  -1
    h_21_0    max_lower_21  -1
    h_21_1    relu_ge_pre_43  1
    h_21_1    relu_le_pre_43  1
    h_21_1    relu_le_onoff_43  1
    h_21_1    prod_le_h_43  -1
    h_21_1    prod_ge_43  -1
    h_21_1    max_upper_21  -1
    h_21_1    max_lower_21  -1
    h_22_0    relu_ge_pre_44  1
    h_22_0    relu_le_pre_44  1
    h_22_0    relu_le_onoff_44  1
    h_22_0    prod_le_h_44  -1
    h_22_0    prod_ge_44  -1
    h_22_0    max_upper_22  -1
    h_22_0    max_lower_22  -1
    h_22_1    relu_ge_pre_45  1
    h_22_1    relu_le_pre_45  1
    h_22_1    relu_le_onoff_45  1
    h_22_1    prod_le_h_45  -1
    h_22_1    prod_ge_45  -1
    h_22_1    max_upper_22  -1
    h_22_1    max_lower_22  -1
    h_23_0    relu_ge_pre_46  1
    h_23_0    relu_le_pre_46  1
    h_23_0    relu_le_onoff_46  1
    h_23_0    prod_le_h_46  -1
    h_23_0    prod_ge_46  -1
    h_23_0    max_upper_23  -1
    h_23_0    max_lower_23  -1
    h_23_1    relu_ge_pre_47  1
    h_23_1    relu_le_pre_47  1
    h_23_1    relu_le_onoff_47  1
    h_23_1    prod_le_h_47  -1
    h_23_1    prod_ge_47  -1
    h_23_1    max_upper_23  -1
    h_23_1    max_lower_23  -1
    h_24_0    relu_ge_pre_48  1
    h_24_0    relu_le_pre_48  1
    h_24_0    relu_le_onoff_48  1
    h_24_0    prod_le_h_48  -1
    h_24_0    prod_ge_48  -1
    h_24_0    max_upper_24  -1
    h_24_0    max_lower_24  -1
    h_24_1    relu_ge_pre_49  1
    h_24_1    relu_le_pre_49  1
    h_24_1    relu_le_onoff_49  1
    h_24_1    prod_le_h_49  -1
    h_24_1    prod_ge_49  -1
    h_24_1    max_upper_24  -1
    h_24_1    max_lower_24  -1
    h_25_0    relu_ge_pre_50  1
    h_25_0    relu_le_pre_50  1
    h_25_0    relu_le_onoff_50  1
    h_25_0    prod_le_h_50  -1
    h_25_0    prod_ge_50  -1
    h_25_0    max_upper_25  -1
    h_25_0    max_lower_25  -1
    h_25_1    relu_ge_pre_51  1
    h_25_1    relu_le_pre_51  1
    h_25_1    relu_le_onoff_51  1
    h_25_1    prod_le_h_51  -1
    h_25_1    prod_ge_51  -1
    h_25_1    max_upper_25  -1
    h_25_1    max_lower_25  -1
    h_26_0    relu_ge_pre_52  1
    h_26_0    relu_le_pre_52  1
    h_26_0    relu_le_onoff_52  1
    h_26_0    prod_le_h_52  -1
    h_26_0    prod_ge_52  -1
    h_26_0    max_upper_26  -1
    h_26_0    max_lower_26  -1
    h_26_1    relu_ge_pre_53  1
    h_26_1    relu_le_pre_53  1
    h_26_1    relu_le_onoff_53  1
    h_26_1    prod_le_h_53  -1
    h_26_1    prod_ge_53  -1
    h_26_1    max_upper_26  -1
    h_26_1    max_lower_26  -1
    h_27_0    relu_ge_pre_54  1
    h_27_0    relu_le_pre_54  1
    h_27_0    relu_le_onoff_54  1
    h_27_0    prod_le_h_54  -1
    h_27_0    prod_ge_54  -1
    h_27_0    max_upper_27  -1
    h_27_0    max_lower_27  -1
    h_27_1    relu_ge_pre_55  1
    h_27_1    relu_le_pre_55  1
    h_27_1    relu_le_onoff_55  1
    h_27_1    prod_le_h_55  -1
    h_27_1    prod_ge_55  -1
    h_27_1    max_upper_27  -1
    h_27_1    max_lower_27  -1
    h_28_0    relu_ge_pre_56  1
    h_28_0    relu_le_pre_56  1
    h_28_0    relu_le_onoff_56  1
    h_28_0    prod_le_h_56  -1
    h_28_0    prod_ge_56  -1
    h_28_0    max_upper_28  -1
    h_28_0    max_lower_28  -1
    h_28_1    relu_ge_pre_57  1
    h_28_1    relu_le_pre_57  1
    h_28_1    relu_le_onoff_57  1
    h_28_1    prod_le_h_57  -1
    h_28_1    prod_ge_57  -1
    h_28_1    max_upper_28  -1
    h_28_1    max_lower_28  -1
    h_29_0    relu_ge_pre_58  1
    h_29_0    relu_le_pre_58  1
    h_29_0    relu_le_onoff_58  1
    h_29_0    prod_le_h_58  -1
    h_29_0    prod_ge_58  -1
    h_29_0    max_upper_29  -1
    h_29_0    max_lower_29  -1
    h_29_1    relu_ge_pre_59  1
    h_29_1    relu_le_pre_59  1
    h_29_1    relu_le_onoff_59  1
    h_29_1    prod_le_h_59  -1
    h_29_1    prod_ge_59  -1
    h_29_1    max_upper_29  -1
    h_29_1    max_lower_29  -1
    h_30_0    relu_ge_pre_60  1
    h_30_0    relu_le_pre_60  1
    h_30_0    relu_le_onoff_60  1
    h_30_0    prod_le_h_60  -1
    h_30_0    prod_ge_60  -1
    h_30_0    max_upper_30  -1
    h_30_0    max_lower_30  -1
    h_30_1    relu_ge_pre_61  1
    h_30_1    relu_le_pre_61  1
    h_30_1    relu_le_onoff_61  1
    h_30_1    prod_le_h_61  -1
    h_30_1    prod_ge_61  -1
    h_30_1    max_upper_30  -1
    h_30_1    max_lower_30  -1
    h_31_0    relu_ge_pre_62  1
    h_31_0    relu_le_pre_62  1
    h_31_0    relu_le_onoff_62  1
    h_31_0    prod_le_h_62  -1
    h_31_0    prod_ge_62  -1
    h_31_0    max_upper_31  -1
    h_31_0    max_lower_31  -1
    h_31_1    relu_ge_pre_63  1
    h_31_1    relu_le_pre_63  1
    h_31_1    relu_le_onoff_63  1
    h_31_1    prod_le_h_63  -1
    h_31_1    prod_ge_63  -1
    h_31_1    max_upper_31  -1
    h_31_1    max_lower_31  -1
    h_32_0    relu_ge_pre_64  1
    h_32_0    relu_le_pre_64  1
    h_32_0    relu_le_onoff_64  1
    h_32_0    prod_le_h_64  -1
    h_32_0    prod_ge_64  -1
    h_32_0    max_upper_32  -1
    h_32_0    max_lower_32  -1
    h_32_1    relu_ge_pre_65  1
    h_32_1    relu_le_pre_65  1
    h_32_1    relu_le_onoff_65  1
    h_32_1    prod_le_h_65  -1
    h_32_1    prod_ge_65  -1
    h_32_1    max_upper_32  -1
    h_32_1    max_lower_32  -1
    h_33_0    relu_ge_pre_66  1
    h_33_0    relu_le_pre_66  1
    h_33_0    relu_le_onoff_66  1
    h_33_0    prod_le_h_66  -1
    h_33_0    prod_ge_66  -1
    h_33_0    max_upper_33  -1
    h_33_0    max_lower_33  -1
    h_33_1    relu_ge_pre_67  1
    h_33_1    relu_le_pre_67  1
    h_33_1    relu_le_onoff_67  1
    h_33_1    prod_le_h_67  -1
    h_33_1    prod_ge_67  -1
    h_33_1    max_upper_33  -1
    h_33_1    max_lower_33  -1
    h_34_0    relu_ge_pre_68  1
    h_34_0    relu_le_pre_68  1
    h_34_0    relu_le_onoff_68  1
    h_34_0    prod_le_h_68  -1
    h_34_0    prod_ge_68  -1
    h_34_0    max_upper_34  -1
    h_34_0    max_lower_34  -1
    h_34_1    relu_ge_pre_69  1
    h_34_1    relu_le_pre_69  1
    h_34_1    relu_le_onoff_69  1
    h_34_1    prod_le_h_69  -1
    h_34_1    prod_ge_69  -1
    h_34_1    max_upper_34  -1
    h_34_1    max_lower_34  -1
    h_35_0    relu_ge_pre_70  1
    h_35_0    relu_le_pre_70  1
    h_35_0    relu_le_onoff_70  1
    h_35_0    prod_le_h_70  -1
    h_35_0    prod_ge_70  -1
    h_35_0    max_upper_35  -1
    h_35_0    max_lower_35  -1
    h_35_1    relu_ge_pre_71  1
    h_35_1    relu_le_pre_71  1
    h_35_1    relu_le_onoff_71  1
    h_35_1    prod_le_h_71  -1
    h_35_1    prod_ge_71  -1
    h_35_1    max_upper_35  -1
    h_35_1    max_lower_35  -1
    h_36_0    relu_ge_pre_72  1
    h_36_0    relu_le_pre_72  1
    h_36_0    relu_le_onoff_72  1
    h_36_0    prod_le_h_72  -1
    h_36_0    prod_ge_72  -1
    h_36_0    max_upper_36  -1
    h_36_0    max_lower_36  -1
    h_36_1    relu_ge_pre_73  1
    h_36_1    relu_le_pre_73  1
    h_36_1    relu_le_onoff_73  1
    h_36_1    prod_le_h_73  -1
    h_36_1    prod_ge_73  -1
    h_36_1    max_upper_36  -1
    h_36_1    max_lower_36  -1
    h_37_0    relu_ge_pre_74  1
    h_37_0    relu_le_pre_74  1
    h_37_0    relu_le_onoff_74  1
    h_37_0    prod_le_h_74  -1
    h_37_0    prod_ge_74  -1
    h_37_0    max_upper_37  -1
    h_37_0    max_lower_37  -1
    h_37_1    relu_ge_pre_75  1
    h_37_1    relu_le_pre_75  1
    h_37_1    relu_le_onoff_75  1
    h_37_1    prod_le_h_75  -1
    h_37_1    prod_ge_75  -1
    h_37_1    max_upper_37  -1
    h_37_1    max_lower_37  -1
    h_38_0    relu_ge_pre_76  1
    h_38_0    relu_le_pre_76  1
    h_38_0    relu_le_onoff_76  1
    h_38_0    prod_le_h_76  -1
    h_38_0    prod_ge_76  -1
    h_38_0    max_upper_38  -1
    h_38_0    max_lower_38  -1
    h_38_1    relu_ge_pre_77  1
    h_38_1    relu_le_pre_77  1
    h_38_1    relu_le_onoff_77  1
    h_38_1    prod_le_h_77  -1
    h_38_1    prod_ge_77  -1
    h_38_1    max_upper_38  -1
    h_38_1    max_lower_38  -1
    h_39_0    relu_ge_pre_78  1
    h_39_0    relu_le_pre_78  1
    h_39_0    relu_le_onoff_78  1
    h_39_0    prod_le_h_78  -1
    h_39_0    prod_ge_78  -1
    h_39_0    max_upper_39  -1
    h_39_0    max_lower_39  -1
    h_39_1    relu_ge_pre_79  1
    h_39_1    relu_le_pre_79  1
    h_39_1    relu_le_onoff_79  1
    h_39_1    prod_le_h_79  -1
    h_39_1    prod_ge_79  -1
    h_39_1    max_upper_39  -1
    h_39_1    max_lower_39  -1
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  2.0137194090532766
    z_0_0     relu_le_onoff_0  -2.0137194090532766
    z_0_1     relu_le_pre_1  2.0137194090532766
    z_0_1     relu_le_onoff_1  -2.0137194090532766
    z_1_0     relu_le_pre_2  2.3521418253819912
    z_1_0     relu_le_onoff_2  -2.3521418253819912
    z_1_1     relu_le_pre_3  2.3521418253819912
    z_1_1     relu_le_onoff_3  -2.3521418253819912
    z_2_0     relu_le_pre_4  1.6537883844162056
    z_2_0     relu_le_onoff_4  -1.6537883844162056
    z_2_1     relu_le_pre_5  1.6537883844162056
    z_2_1     relu_le_onoff_5  -1.6537883844162056
    z_3_0     relu_le_pre_6  2.4971178525878379
    z_3_0     relu_le_onoff_6  -2.4971178525878379
    z_3_1     relu_le_pre_7  2.4971178525878379
    z_3_1     relu_le_onoff_7  -2.4971178525878379
    z_4_0     relu_le_pre_8  1.2899575913663481
    z_4_0     relu_le_onoff_8  -1.2899575913663481
    z_4_1     relu_le_pre_9  1.2899575913663481
    z_4_1     relu_le_onoff_9  -1.2899575913663481
    z_5_0     relu_le_pre_10  1.5512671317684119
    z_5_0     relu_le_onoff_10  -1.5512671317684119
    z_5_1     relu_le_pre_11  1.5512671317684119
    z_5_1     relu_le_onoff_11  -1.5512671317684119
    z_6_0     relu_le_pre_12  1.178737687570504
    z_6_0     relu_le_onoff_12  -1.178737687570504
    z_6_1     relu_le_pre_13  1.178737687570504
    z_6_1     relu_le_onoff_13  -1.178737687570504
    z_7_0     relu_le_pre_14  2.0738587014753689
    z_7_0     relu_le_onoff_14  -2.0738587014753689
    z_7_1     relu_le_pre_15  2.0738587014753689
    z_7_1     relu_le_onoff_15  -2.0738587014753689
    z_8_0     relu_le_pre_16  1.8466289662382713
    z_8_0     relu_le_onoff_16  -1.8466289662382713
    z_8_1     relu_le_pre_17  1.8466289662382713
    z_8_1     relu_le_onoff_17  -1.8466289662382713
    z_9_0     relu_le_pre_18  1.379584246007729
    z_9_0     relu_le_onoff_18  -1.379584246007729
    z_9_1     relu_le_pre_19  1.379584246007729
    z_9_1     relu_le_onoff_19  -1.379584246007729
    z_10_0    relu_le_pre_20  1.5801952016057006
    z_10_0    relu_le_onoff_20  -1.5801952016057006
    z_10_1    relu_le_pre_21  1.5801952016057006
    z_10_1    relu_le_onoff_21  -1.5801952016057006
    z_11_0    relu_le_pre_22  2.2715513764583872
    z_11_0    relu_le_onoff_22  -2.2715513764583872
    z_11_1    relu_le_pre_23  2.2715513764583872
    z_11_1    relu_le_onoff_23  -2.2715513764583872
    z_12_0    relu_le_pre_24  2.2923865934033114
    z_12_0    relu_le_onoff_24  -2.2923865934033114
    z_12_1    relu_le_pre_25  2.2923865934033114
    z_12_1    relu_le_onoff_25  -2.2923865934033114
    z_13_0    relu_le_pre_26  2.7987863384903786
    z_13_0    relu_le_onoff_26  -2.7987863384903786
    z_13_1    relu_le_pre_27  2.7987863384903786
    z_13_1    relu_le_onoff_27  -2.7987863384903786
    z_14_0    relu_le_pre_28  1.0260738375445706
    z_14_0    relu_le_onoff_28  -1.0260738375445706
    z_14_1    relu_le_pre_29  1.0260738375445706
    z_14_1    relu_le_onoff_29  -1.0260738375445706
    z_15_0    relu_le_pre_30  2.3837097563119558
    z_15_0    relu_le_onoff_30  -2.3837097563119558
    z_15_1    relu_le_pre_31  2.3837097563119558
    z_15_1    relu_le_onoff_31  -2.3837097563119558
    z_16_0    relu_le_pre_32  1.9058431408224088
    z_16_0    relu_le_onoff_32  -1.9058431408224088
    z_16_1    relu_le_pre_33  1.9058431408224088
    z_16_1    relu_le_onoff_33  -1.9058431408224088
    z_17_0    relu_le_pre_34  1.816314729690907
    z_17_0    relu_le_onoff_34  -1.816314729690907
    z_17_1    relu_le_pre_35  1.816314729690907
    z_17_1    relu_le_onoff_35  -1.816314729690907
    z_18_0    relu_le_pre_36  1.0813030562940344
    z_18_0    relu_le_onoff_36  -1.0813030562940344
    z_18_1    relu_le_pre_37  1.0813030562940344
    z_18_1    relu_le_onoff_37  -1.0813030562940344
    z_19_0    relu_le_pre_38  1.2814308365081419
    z_19_0    relu_le_onoff_38  -1.2814308365081419
    z_19_1    relu_le_pre_39  1.2814308365081419
    z_19_1    relu_le_onoff_39  -1.2814308365081419
    z_20_0    relu_le_pre_40  2.5989883258714874
    z_20_0    relu_le_onoff_40  -2.5989883258714874
    z_20_1    relu_le_pre_41  2.5989883258714874
    z_20_1    relu_le_onoff_41  -2.5989883258714874
    z_21_0    relu_le_pre_42  2.7307241895763843
    z_21_0    relu_le_onoff_42  -2.7307241895763843
    z_21_1    relu_le_pre_43  2.7307241895763843
    z_21_1    relu_le_onoff_43  -2.7307241895763843
    z_22_0    relu_le_pre_44  1.3550784031579344
    z_22_0    relu_le_onoff_44  -1.3550784031579344
    z_22_1    relu_le_pre_45  1.3550784031579344
    z_22_1    relu_le_onoff_45  -1.3550784031579344
    z_23_0    relu_le_pre_46  1.8621880728268714
    z_23_0    relu_le_onoff_46  -1.8621880728268714
    z_23_1    relu_le_pre_47  1.8621880728268714
    z_23_1    relu_le_onoff_47  -1.8621880728268714
    z_24_0    relu_le_pre_48  2.2083570546510174
    z_24_0    relu_le_onoff_48  -2.2083570546510174
    z_24_1    relu_le_pre_49  2.2083570546510174
    z_24_1    relu_le_onoff_49  -2.2083570546510174
    z_25_0    relu_le_pre_50  1.3945461969916921
    z_25_0    relu_le_onoff_50  -1.3945461969916921
    z_25_1    relu_le_pre_51  1.3945461969916921
    z_25_1    relu_le_onoff_51  -1.3945461969916921
    z_26_0    relu_le_pre_52  1.3071846092777966
    z_26_0    relu_le_onoff_52  -1.3071846092777966
    z_26_1    relu_le_pre_53  1.3071846092777966
    z_26_1    relu_le_onoff_53  -1.3071846092777966
    z_27_0    relu_le_pre_54  1.208442628189728
    z_27_0    relu_le_onoff_54  -1.208442628189728
    z_27_1    relu_le_pre_55  1.208442628189728
    z_27_1    relu_le_onoff_55  -1.208442628189728
    z_28_0    relu_le_pre_56  1.8954750922624015
    z_28_0    relu_le_onoff_56  -1.8954750922624015
    z_28_1    relu_le_pre_57  1.8954750922624015
    z_28_1    relu_le_onoff_57  -1.8954750922624015
    z_29_0    relu_le_pre_58  1.1530461454323981
    z_29_0    relu_le_onoff_58  -1.1530461454323981
    z_29_1    relu_le_pre_59  1.1530461454323981
    z_29_1    relu_le_onoff_59  -1.1530461454323981
    z_30_0    relu_le_pre_60  2.0856309895933389
    z_30_0    relu_le_onoff_60  -2.0856309895933389
    z_30_1    relu_le_pre_61  2.0856309895933389
    z_30_1    relu_le_onoff_61  -2.0856309895933389
    z_31_0    relu_le_pre_62  1.5259143195557643
    z_31_0    relu_le_onoff_62  -1.5259143195557643
    z_31_1    relu_le_pre_63  1.5259143195557643
    z_31_1    relu_le_onoff_63  -1.5259143195557643
    z_32_0    relu_le_pre_64  1.2249977173236541
    z_32_0    relu_le_onoff_64  -1.2249977173236541
    z_32_1    relu_le_pre_65  1.2249977173236541
    z_32_1    relu_le_onoff_65  -1.2249977173236541
    z_33_0    relu_le_pre_66  1.6805051952715888
    z_33_0    relu_le_onoff_66  -1.6805051952715888
    z_33_1    relu_le_pre_67  1.6805051952715888
    z_33_1    relu_le_onoff_67  -1.6805051952715888
    z_34_0    relu_le_pre_68  1.5976618821818258
    z_34_0    relu_le_onoff_68  -1.5976618821818258
    z_34_1    relu_le_pre_69  1.5976618821818258
    z_34_1    relu_le_onoff_69  -1.5976618821818258
    z_35_0    relu_le_pre_70  1.0358842459595061
    z_35_0    relu_le_onoff_70  -1.0358842459595061
    z_35_1    relu_le_pre_71  1.0358842459595061
    z_35_1    relu_le_onoff_71  -1.0358842459595061
    z_36_0    relu_le_pre_72  1.8622670569283692
    z_36_0    relu_le_onoff_72  -1.8622670569283692
    z_36_1    relu_le_pre_73  1.8622670569283692
    z_36_1    relu_le_onoff_73  -1.8622670569283692
    z_37_0    relu_le_pre_74  3.0018799427117075
    z_37_0    relu_le_onoff_74  -3.0018799427117075
    z_37_1    relu_le_pre_75  3.0018799427117075
    z_37_1    relu_le_onoff_75  -3.0018799427117075
    z_38_0    relu_le_pre_76  1.3637140287393912
    z_38_0    relu_le_onoff_76  -1.3637140287393912
    z_38_1    relu_le_pre_77  1.3637140287393912
    z_38_1    relu_le_onoff_77  -1.3637140287393912
    z_39_0    relu_le_pre_78  1.1162997736240514
    z_39_0    relu_le_onoff_78  -1.1162997736240514
    z_39_1    relu_le_pre_79  1.1162997736240514
    z_39_1    relu_le_onoff_79  -1.1162997736240514
    sgn_0     prod_le_sign_0  -2.0137194090532766
    sgn_0     prod_le_sign_2  -2.3521418253819912
    sgn_0     prod_le_sign_4  -1.6537883844162056
    sgn_0     prod_le_sign_6  -2.4971178525878379
    sgn_0     prod_le_sign_8  -1.2899575913663481
    sgn_0     prod_le_sign_10  -1.5512671317684119
    sgn_0     prod_le_sign_12  -1.178737687570504
    sgn_0     prod_le_sign_14  -2.0738587014753689
    sgn_0     prod_le_sign_16  -1.8466289662382713
    sgn_0     prod_le_sign_18  -1.379584246007729
    sgn_0     prod_le_sign_20  -1.5801952016057006
    sgn_0     prod_le_sign_22  -2.2715513764583872
    sgn_0     prod_le_sign_24  -2.2923865934033114
    sgn_0     prod_le_sign_26  -2.7987863384903786
    sgn_0     prod_le_sign_28  -1.0260738375445706
    sgn_0     prod_le_sign_30  -2.3837097563119558
    sgn_0     prod_le_sign_32  -1.9058431408224088
    sgn_0     prod_le_sign_34  -1.816314729690907
    sgn_0     prod_le_sign_36  -1.0813030562940344
    sgn_0     prod_le_sign_38  -1.2814308365081419
    sgn_0     prod_le_sign_40  -2.5989883258714874
    sgn_0     prod_le_sign_42  -2.7307241895763843
    sgn_0     prod_le_sign_44  -1.3550784031579344
    sgn_0     prod_le_sign_46  -1.8621880728268714
    sgn_0     prod_le_sign_48  -2.2083570546510174
    sgn_0     prod_le_sign_50  -1.3945461969916921
    sgn_0     prod_le_sign_52  -1.3071846092777966
    sgn_0     prod_le_sign_54  -1.208442628189728
    sgn_0     prod_le_sign_56  -1.8954750922624015
    sgn_0     prod_le_sign_58  -1.1530461454323981
    sgn_0     prod_le_sign_60  -2.0856309895933389
    sgn_0     prod_le_sign_62  -1.5259143195557643
    sgn_0     prod_le_sign_64  -1.2249977173236541
    sgn_0     prod_le_sign_66  -1.6805051952715888
    sgn_0     prod_le_sign_68  -1.5976618821818258
    sgn_0     prod_le_sign_70  -1.0358842459595061
    sgn_0     prod_le_sign_72  -1.8622670569283692
    sgn_0     prod_le_sign_74  -3.0018799427117075
    sgn_0     prod_le_sign_76  -1.3637140287393912
    sgn_0     prod_le_sign_78  -1.1162997736240514
    sgn_0     prod_ge_0  -2.0137194090532766
    sgn_0     prod_ge_2  -2.3521418253819912
    sgn_0     prod_ge_4  -1.6537883844162056
    sgn_0     prod_ge_6  -2.4971178525878379
    sgn_0     prod_ge_8  -1.2899575913663481
    sgn_0     prod_ge_10  -1.5512671317684119
    sgn_0     prod_ge_12  -1.178737687570504
    sgn_0     prod_ge_14  -2.0738587014753689
    sgn_0     prod_ge_16  -1.8466289662382713
    sgn_0     prod_ge_18  -1.379584246007729
    sgn_0     prod_ge_20  -1.5801952016057006
    sgn_0     prod_ge_22  -2.2715513764583872
    sgn_0     prod_ge_24  -2.2923865934033114
    sgn_0     prod_ge_26  -2.7987863384903786
    sgn_0     prod_ge_28  -1.0260738375445706
    sgn_0     prod_ge_30  -2.3837097563119558
    sgn_0     prod_ge_32  -1.9058431408224088
    sgn_0     prod_ge_34  -1.816314729690907
    sgn_0     prod_ge_36  -1.0813030562940344
    sgn_0     prod_ge_38  -1.2814308365081419
    sgn_0     prod_ge_40  -2.5989883258714874
    sgn_0     prod_ge_42  -2.7307241895763843
    sgn_0     prod_ge_44  -1.3550784031579344
    sgn_0     prod_ge_46  -1.8621880728268714
    sgn_0     prod_ge_48  -2.2083570546510174
    sgn_0     prod_ge_50  -1.3945461969916921
    sgn_0     prod_ge_52  -1.3071846092777966
    sgn_0     prod_ge_54  -1.208442628189728
    sgn_0     prod_ge_56  -1.8954750922624015
    sgn_0     prod_ge_58  -1.1530461454323981
    sgn_0     prod_ge_60  -2.0856309895933389
    sgn_0     prod_ge_62  -1.5259143195557643
    sgn_0     prod_ge_64  -1.2249977173236541
    sgn_0     prod_ge_66  -1.6805051952715888
    sgn_0     prod_ge_68  -1.5976618821818258
    sgn_0     prod_ge_70  -1.0358842459595061
    sgn_0     prod_ge_72  -1.8622670569283692
    sgn_0     prod_ge_74  -3.0018799427117075
    sgn_0     prod_ge_76  -1.3637140287393912
    sgn_0     prod_ge_78  -1.1162997736240514
    sgn_0     symmetry_sign_0  1
    sgn_0     symmetry_bias_0  2
    sgn_1     prod_le_sign_1  -2.0137194090532766
    sgn_1     prod_le_sign_3  -2.3521418253819912
    sgn_1     prod_le_sign_5  -1.6537883844162056
    sgn_1     prod_le_sign_7  -2.4971178525878379
    sgn_1     prod_le_sign_9  -1.2899575913663481
    sgn_1     prod_le_sign_11  -1.5512671317684119
    sgn_1     prod_le_sign_13  -1.178737687570504
    sgn_1     prod_le_sign_15  -2.0738587014753689
    sgn_1     prod_le_sign_17  -1.8466289662382713
    sgn_1     prod_le_sign_19  -1.379584246007729
    sgn_1     prod_le_sign_21  -1.5801952016057006
    sgn_1     prod_le_sign_23  -2.2715513764583872
    sgn_1     prod_le_sign_25  -2.2923865934033114
    sgn_1     prod_le_sign_27  -2.7987863384903786
    sgn_1     prod_le_sign_29  -1.0260738375445706
    sgn_1     prod_le_sign_31  -2.3837097563119558
    sgn_1     prod_le_sign_33  -1.9058431408224088
    sgn_1     prod_le_sign_35  -1.816314729690907
    sgn_1     prod_le_sign_37  -1.0813030562940344
    sgn_1     prod_le_sign_39  -1.2814308365081419
    sgn_1     prod_le_sign_41  -2.5989883258714874
    sgn_1     prod_le_sign_43  -2.7307241895763843
    sgn_1     prod_le_sign_45  -1.3550784031579344
    sgn_1     prod_le_sign_47  -1.8621880728268714
    sgn_1     prod_le_sign_49  -2.2083570546510174
    sgn_1     prod_le_sign_51  -1.3945461969916921
    sgn_1     prod_le_sign_53  -1.3071846092777966
    sgn_1     prod_le_sign_55  -1.208442628189728
    sgn_1     prod_le_sign_57  -1.8954750922624015
    sgn_1     prod_le_sign_59  -1.1530461454323981
    sgn_1     prod_le_sign_61  -2.0856309895933389
    sgn_1     prod_le_sign_63  -1.5259143195557643
    sgn_1     prod_le_sign_65  -1.2249977173236541
    sgn_1     prod_le_sign_67  -1.6805051952715888
    sgn_1     prod_le_sign_69  -1.5976618821818258
    sgn_1     prod_le_sign_71  -1.0358842459595061
    sgn_1     prod_le_sign_73  -1.8622670569283692
    sgn_1     prod_le_sign_75  -3.0018799427117075
    sgn_1     prod_le_sign_77  -1.3637140287393912
    sgn_1     prod_le_sign_79  -1.1162997736240514
    sgn_1     prod_ge_1  -2.0137194090532766
    sgn_1     prod_ge_3  -2.3521418253819912
    sgn_1     prod_ge_5  -1.6537883844162056
    sgn_1     prod_ge_7  -2.4971178525878379
    sgn_1     prod_ge_9  -1.2899575913663481
    sgn_1     prod_ge_11  -1.5512671317684119
    sgn_1     prod_ge_13  -1.178737687570504
    sgn_1     prod_ge_15  -2.0738587014753689
    sgn_1     prod_ge_17  -1.8466289662382713
    sgn_1     prod_ge_19  -1.379584246007729
    sgn_1     prod_ge_21  -1.5801952016057006
    sgn_1     prod_ge_23  -2.2715513764583872
    sgn_1     prod_ge_25  -2.2923865934033114
    sgn_1     prod_ge_27  -2.7987863384903786
    sgn_1     prod_ge_29  -1.0260738375445706
    sgn_1     prod_ge_31  -2.3837097563119558
    sgn_1     prod_ge_33  -1.9058431408224088
    sgn_1     prod_ge_35  -1.816314729690907
    sgn_1     prod_ge_37  -1.0813030562940344
    sgn_1     prod_ge_39  -1.2814308365081419
    sgn_1     prod_ge_41  -2.5989883258714874
    sgn_1     prod_ge_43  -2.7307241895763843
    sgn_1     prod_ge_45  -1.3550784031579344
    sgn_1     prod_ge_47  -1.8621880728268714
    sgn_1     prod_ge_49  -2.2083570546510174
    sgn_1     prod_ge_51  -1.3945461969916921
    sgn_1     prod_ge_53  -1.3071846092777966
    sgn_1     prod_ge_55  -1.208442628189728
    sgn_1     prod_ge_57  -1.8954750922624015
    sgn_1     prod_ge_59  -1.1530461454323981
    sgn_1     prod_ge_61  -2.0856309895933389
    sgn_1     prod_ge_63  -1.5259143195557643
    sgn_1     prod_ge_65  -1.2249977173236541
    sgn_1     prod_ge_67  -1.6805051952715888
    sgn_1     prod_ge_69  -1.5976618821818258
    sgn_1     prod_ge_71  -1.0358842459595061
    sgn_1     prod_ge_73  -1.8622670569283692
    sgn_1     prod_ge_75  -3.0018799427117075
    sgn_1     prod_ge_77  -1.3637140287393912
    sgn_1     prod_ge_79  -1.1162997736240514
    sgn_1     symmetry_sign_0  -1
    sgn_1     symmetry_bias_0  -2
    MARK0001  'MARKER'                 'INTEND'
    g_0_0     prod_le_h_0  1
    g_0_0     prod_le_sign_0  1
    g_0_0     prod_ge_0  1
    g_0_0     max_upper_0  2
    g_0_0     max_lower_0  2
    g_0_1     prod_le_h_1  1
    g_0_1     prod_le_sign_1  1
    g_0_1     prod_ge_1  1
    g_0_1     max_upper_0  2
    g_0_1     max_lower_0  2
    g_1_0     prod_le_h_2  1
    g_1_0     prod_le_sign_2  1
    g_1_0     prod_ge_2  1
    g_1_0     max_upper_1  2
    g_1_0     max_lower_1  2
    g_1_1     prod_le_h_3  1
    g_1_1     prod_le_sign_3  1
    g_1_1     prod_ge_3  1
    g_1_1     max_upper_1  2
    g_1_1     max_lower_1  2
    g_2_0     prod_le_h_4  1
    g_2_0     prod_le_sign_4  1
    g_2_0     prod_ge_4  1
    g_2_0     max_upper_2  2
    g_2_0     max_lower_2  2
    g_2_1     prod_le_h_5  1
    g_2_1     prod_le_sign_5  1
    g_2_1     prod_ge_5  1
    g_2_1     max_upper_2  2
    g_2_1     max_lower_2  2
    g_3_0     prod_le_h_6  1
    g_3_0     prod_le_sign_6  1
    g_3_0     prod_ge_6  1
    g_3_0     max_upper_3  2
    g_3_0     max_lower_3  2
    g_3_1     prod_le_h_7  1
    g_3_1     prod_le_sign_7  1
    g_3_1     prod_ge_7  1
    g_3_1     max_upper_3  2
    g_3_1     max_lower_3  2
    g_4_0     prod_le_h_8  1
    g_4_0     prod_le_sign_8  1
    g_4_0     prod_ge_8  1
    g_4_0     max_upper_4  2
    g_4_0     max_lower_4  2
    g_4_1     prod_le_h_9  1
    g_4_1     prod_le_sign_9  1
    g_4_1     prod_ge_9  1
    g_4_1     max_upper_4  2
    g_4_1     max_lower_4  2
    g_5_0     prod_le_h_10  1
    g_5_0     prod_le_sign_10  1
    g_5_0     prod_ge_10  1
    g_5_0     max_upper_5  2
    g_5_0     max_lower_5  2
    g_5_1     prod_le_h_11  1
    g_5_1     prod_le_sign_11  1
    g_5_1     prod_ge_11  1
    g_5_1     max_upper_5  2
    g_5_1     max_lower_5  2
    g_6_0     prod_le_h_12  1
    g_6_0     prod_le_sign_12  1
    g_6_0     prod_ge_12  1
    g_6_0     max_upper_6  2
    g_6_0     max_lower_6  2
    g_6_1     prod_le_h_13  1
    g_6_1     prod_le_sign_13  1
    g_6_1     prod_ge_13  1
    g_6_1     max_upper_6  2
    g_6_1     max_lower_6  2
    g_7_0     prod_le_h_14  1
    g_7_0     prod_le_sign_14  1
    g_7_0     prod_ge_14  1
    g_7_0     max_upper_7  2
    g_7_0     max_lower_7  2
    g_7_1     prod_le_h_15  1
    g_7_1     prod_le_sign_15  1
    g_7_1     prod_ge_15  1
    g_7_1     max_upper_7  2
    g_7_1     max_lower_7  2
    g_8_0     prod_le_h_16  1
    g_8_0     prod_le_sign_16  1
    g_8_0     prod_ge_16  1
    g_8_0     max_upper_8  2
    g_8_0     max_lower_8  2
    g_8_1     prod_le_h_17  1
    g_8_1     prod_le_sign_17  1
    g_8_1     prod_ge_17  1
    g_8_1     max_upper_8  2
    g_8_1     max_lower_8  2
    g_9_0     prod_le_h_18  1
    g_9_0     prod_le_sign_18  1
    g_9_0     prod_ge_18  1
    g_9_0     max_upper_9  2
    g_9_0     max_lower_9  2
    g_9_1     prod_le_h_19  1
    g_9_1     prod_le_sign_19  1
    g_9_1     prod_ge_19  1
    g_9_1     max_upper_9  2
    g_9_1     max_lower_9  2
    g_10_0    prod_le_h_20  1
    g_10_0    prod_le_sign_20  1
    g_10_0    prod_ge_20  1
    g_10_0    max_upper_10  2
    g_10_0    max_lower_10  2
    g_10_1    prod_le_h_21  1
    g_10_1    prod_le_sign_21  1
    g_10_1    prod_ge_21  1
    g_10_1    max_upper_10  2
    g_10_1    max_lower_10  2
    g_11_0    prod_le_h_22  1
    g_11_0    prod_le_sign_22  1
    g_11_0    prod_ge_22  1
    g_11_0    max_upper_11  2
    g_11_0    max_lower_11  2
    g_11_1    prod_le_h_23  1
    g_11_1    prod_le_sign_23  1
    g_11_1    prod_ge_23  1
    g_11_1    max_upper_11  2
    g_11_1    max_lower_11  2
    g_12_0    prod_le_h_24  1
    g_12_0    prod_le_sign_24  1
    g_12_0    prod_ge_24  1
    g_12_0    max_upper_12  2
    g_12_0    max_lower_12  2
    g_12_1    prod_le_h_25  1
    g_12_1    prod_le_sign_25  1
    g_12_1    prod_ge_25  1
    g_12_1    max_upper_12  2
    g_12_1    max_lower_12  2
    g_13_0    prod_le_h_26  1
    g_13_0    prod_le_sign_26  1
    g_13_0    prod_ge_26  1
    g_13_0    max_upper_13  2
    g_13_0    max_lower_13  2
    g_13_1    prod_le_h_27  1
    g_13_1    prod_le_sign_27  1
    g_13_1    prod_ge_27  1
    g_13_1    max_upper_13  2
    g_13_1    max_lower_13  2
    g_14_0    prod_le_h_28  1
    g_14_0    prod_le_sign_28  1
    g_14_0    prod_ge_28  1
    g_14_0    max_upper_14  2
    g_14_0    max_lower_14  2
    g_14_1    prod_le_h_29  1
    g_14_1    prod_le_sign_29  1
    g_14_1    prod_ge_29  1
    g_14_1    max_upper_14  2
    g_14_1    max_lower_14  2
    g_15_0    prod_le_h_30  1
    g_15_0    prod_le_sign_30  1
    g_15_0    prod_ge_30  1
    g_15_0    max_upper_15  2
    g_15_0    max_lower_15  2
    g_15_1    prod_le_h_31  1
    g_15_1    prod_le_sign_31  1
    g_15_1    prod_ge_31  1
    g_15_1    max_upper_15  2
    g_15_1    max_lower_15  2
    g_16_0    prod_le_h_32  1
    g_16_0    prod_le_sign_32  1
    g_16_0    prod_ge_32  1
    g_16_0    max_upper_16  2
    g_16_0    max_lower_16  2
    g_16_1    prod_le_h_33  1
    g_16_1    prod_le_sign_33  1
    g_16_1    prod_ge_33  1
    g_16_1    max_upper_16  2
    g_16_1    max_lower_16  2
    g_17_0    prod_le_h_34  1
    g_17_0    prod_le_sign_34  1
    g_17_0    prod_ge_34  1
    g_17_0    max_upper_17  2
    g_17_0    max_lower_17  2
    g_17_1    prod_le_h_35  1
    g_17_1    prod_le_sign_35  1
    g_17_1    prod_ge_35  1
    g_17_1    max_upper_17  2
    g_17_1    max_lower_17  2
    g_18_0    prod_le_h_36  1
    g_18_0    prod_le_sign_36  1
    g_18_0    prod_ge_36  1
    g_18_0    max_upper_18  2
    g_18_0    max_lower_18  2
    g_18_1    prod_le_h_37  1
    g_18_1    prod_le_sign_37  1
    g_18_1    prod_ge_37  1
    g_18_1    max_upper_18  2
    g_18_1    max_lower_18  2
    g_19_0    prod_le_h_38  1
    g_19_0    prod_le_sign_38  1
    g_19_0    prod_ge_38  1
    g_19_0    max_upper_19  2
    g_19_0    max_lower_19  2
    g_19_1    prod_le_h_39  1
    g_19_1    prod_le_sign_39  1
    g_19_1    prod_ge_39  1
    g_19_1    max_upper_19  2
    g_19_1    max_lower_19  2
    g_20_0    prod_le_h_40  1
    g_20_0    prod_le_sign_40  1
    g_20_0    prod_ge_40  1
    g_20_0    max_upper_20  2
    g_20_0    max_lower_20  2
    g_20_1    prod_le_h_41  1
    g_20_1    prod_le_sign_41  1
    g_20_1    prod_ge_41  1
    g_20_1    max_upper_20  2
    g_20_1    max_lower_20  2
    g_21_0    prod_le_h_42  1
    g_21_0    prod_le_sign_42  1
    g_21_0    prod_ge_42  1
    g_21_0    max_upper_21  2
    g_21_0    max_lower_21  2
    g_21_1    prod_le_h_43  1
    g_21_1    prod_le_sign_43  1
    g_21_1    prod_ge_43  1
    g_21_1    max_upper_21  2
    g_21_1    max_lower_21  2
    g_22_0    prod_le_h_44  1
    g_22_0    prod_le_sign_44  1
    g_22_0    prod_ge_44  1
    g_22_0    max_upper_22  2
    g_22_0    max_lower_22  2
    g_22_1    prod_le_h_45  1
    g_22_1    prod_le_sign_45  1
    g_22_1    prod_ge_45  1
    g_22_1    max_upper_22  2
    g_22_1    max_lower_22  2
    g_23_0    prod_le_h_46  1
    g_23_0    prod_le_sign_46  1
    g_23_0    prod_ge_46  1
    g_23_0    max_upper_23  2
    g_23_0    max_lower_23  2
    g_23_1    prod_le_h_47  1
    g_23_1    prod_le_sign_47  1
    g_23_1    prod_ge_47  1
    g_23_1    max_upper_23  2
    g_23_1    max_lower_23  2
    g_24_0    prod_le_h_48  1
    g_24_0    prod_le_sign_48  1
    g_24_0    prod_ge_48  1
    g_24_0    max_upper_24  2
    g_24_0    max_lower_24  2
    g_24_1    prod_le_h_49  1
    g_24_1    prod_le_sign_49  1
    g_24_1    prod_ge_49  1
    g_24_1    max_upper_24  2
    g_24_1    max_lower_24  2
    g_25_0    prod_le_h_50  1
    g_25_0    prod_le_sign_50  1
    g_25_0    prod_ge_50  1
    g_25_0    max_upper_25  2
    g_25_0    max_lower_25  2
    g_25_1    prod_le_h_51  1
    g_25_1    prod_le_sign_51  1
    g_25_1    prod_ge_51  1
    g_25_1    max_upper_25  2
    g_25_1    max_lower_25  2
    g_26_0    prod_le_h_52  1
    g_26_0    prod_le_sign_52  1
    g_26_0    prod_ge_52  1
    g_26_0    max_upper_26  2
    g_26_0    max_lower_26  2
    g_26_1    prod_le_h_53  1
    g_26_1    prod_le_sign_53  1
    g_26_1    prod_ge_53  1
    g_26_1    max_upper_26  2
    g_26_1    max_lower_26  2
    g_27_0    prod_le_h_54  1
    g_27_0    prod_le_sign_54  1
    g_27_0    prod_ge_54  1
    g_27_0    max_upper_27  2
    g_27_0    max_lower_27  2
    g_27_1    prod_le_h_55  1
    g_27_1    prod_le_sign_55  1
    g_27_1    prod_ge_55  1
    g_27_1    max_upper_27  2
    g_27_1    max_lower_27  2
    g_28_0    prod_le_h_56  1
    g_28_0    prod_le_sign_56  1
    g_28_0    prod_ge_56  1
    g_28_0    max_upper_28  2
    g_28_0    max_lower_28  2
    g_28_1    prod_le_h_57  1
    g_28_1    prod_le_sign_57  1
    g_28_1    prod_ge_57  1
    g_28_1    max_upper_28  2
    g_28_1    max_lower_28  2
    g_29_0    prod_le_h_58  1
    g_29_0    prod_le_sign_58  1
    g_29_0    prod_ge_58  1
    g_29_0    max_upper_29  2
    g_29_0    max_lower_29  2
    g_29_1    prod_le_h_59  1
    g_29_1    prod_le_sign_59  1
    g_29_1    prod_ge_59  1
    g_29_1    max_upper_29  2
    g_29_1    max_lower_29  2
    g_30_0    prod_le_h_60  1
    g_30_0    prod_le_sign_60  1
    g_30_0    prod_ge_60  1
    g_30_0    max_upper_30  2
    g_30_0    max_lower_30  2
    g_30_1    prod_le_h_61  1
    g_30_1    prod_le_sign_61  1
    g_30_1    prod_ge_61  1
    g_30_1    max_upper_30  2
    g_30_1    max_lower_30  2
    g_31_0    prod_le_h_62  1
    g_31_0    prod_le_sign_62  1
    g_31_0    prod_ge_62  1
    g_31_0    max_upper_31  2
    g_31_0    max_lower_31  2
    g_31_1    prod_le_h_63  1
    g_31_1    prod_le_sign_63  1
    g_31_1    prod_ge_63  1
    g_31_1    max_upper_31  2
    g_31_1    max_lower_31  2
    g_32_0    prod_le_h_64  1
    g_32_0    prod_le_sign_64  1
    g_32_0    prod_ge_64  1
    g_32_0    max_upper_32  2
    g_32_0    max_lower_32  2
    g_32_1    prod_le_h_65  1
    g_32_1    prod_le_sign_65  1
    g_32_1    prod_ge_65  1
    g_32_1    max_upper_32  2
    g_32_1    max_lower_32  2
    g_33_0    prod_le_h_66  1
    g_33_0    prod_le_sign_66  1
    g_33_0    prod_ge_66  1
    g_33_0    max_upper_33  2
    g_33_0    max_lower_33  2
    g_33_1    prod_le_h_67  1
    g_33_1    prod_le_sign_67  1
    g_33_1    prod_ge_67  1
    g_33_1    max_upper_33  2
    g_33_1    max_lower_33  2
    g_34_0    prod_le_h_68  1
    g_34_0    prod_le_sign_68  1
    g_34_0    prod_ge_68  1
    g_34_0    max_upper_34  2
    g_34_0    max_lower_34  2
    g_34_1    prod_le_h_69  1
    g_34_1    prod_le_sign_69  1
    g_34_1    prod_ge_69  1
    g_34_1    max_upper_34  2
    g_34_1    max_lower_34  2
    g_35_0    prod_le_h_70  1
    g_35_0    prod_le_sign_70  1
    g_35_0    prod_ge_70  1
    g_35_0    max_upper_35  2
    g_35_0    max_lower_35  2
    g_35_1    prod_le_h_71  1
    g_35_1    prod_le_sign_71  1
    g_35_1    prod_ge_71  1
    g_35_1    max_upper_35  2
    g_35_1    max_lower_35  2
    g_36_0    prod_le_h_72  1
    g_36_0    prod_le_sign_72  1
    g_36_0    prod_ge_72  1
    g_36_0    max_upper_36  2
    g_36_0    max_lower_36  2
    g_36_1    prod_le_h_73  1
    g_36_1    prod_le_sign_73  1
    g_36_1    prod_ge_73  1
    g_36_1    max_upper_36  2
    g_36_1    max_lower_36  2
    g_37_0    prod_le_h_74  1
    g_37_0    prod_le_sign_74  1
    g_37_0    prod_ge_74  1
    g_37_0    max_upper_37  2
    g_37_0    max_lower_37  2
    g_37_1    prod_le_h_75  1
    g_37_1    prod_le_sign_75  1
    g_37_1    prod_ge_75  1
    g_37_1    max_upper_37  2
    g_37_1    max_lower_37  2
    g_38_0    prod_le_h_76  1
    g_38_0    prod_le_sign_76  1
    g_38_0    prod_ge_76  1
    g_38_0    max_upper_38  2
    g_38_0    max_lower_38  2
    g_38_1    prod_le_h_77  1
    g_38_1    prod_le_sign_77  1
    g_38_1    prod_ge_77  1
    g_38_1    max_upper_38  2
    g_38_1    max_lower_38  2
    g_39_0    prod_le_h_78  1
    g_39_0    prod_le_sign_78  1
    g_39_0    prod_ge_78  1
    g_39_0    max_upper_39  2
    g_39_0    max_lower_39  2
    g_39_1    prod_le_h_79  1
    g_39_1    prod_le_sign_79  1
    g_39_1    prod_ge_79  1
    g_39_1    max_upper_39  2
    g_39_1    max_lower_39  2
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
RHS
    RHS_V     relu_le_pre_0  2.0137194090532766
    RHS_V     relu_le_pre_1  2.0137194090532766
    RHS_V     relu_le_pre_2  2.3521418253819912
    RHS_V     relu_le_pre_3  2.3521418253819912
    RHS_V     relu_le_pre_4  1.6537883844162056
    RHS_V     relu_le_pre_5  1.6537883844162056
    RHS_V     relu_le_pre_6  2.4971178525878379
    RHS_V     relu_le_pre_7  2.4971178525878379
    RHS_V     relu_le_pre_8  1.2899575913663481
    RHS_V     relu_le_pre_9  1.2899575913663481
    RHS_V     relu_le_pre_10  1.5512671317684119
    RHS_V     relu_le_pre_11  1.5512671317684119
    RHS_V     relu_le_pre_12  1.178737687570504
    RHS_V     relu_le_pre_13  1.178737687570504
    RHS_V     relu_le_pre_14  2.0738587014753689
    RHS_V     relu_le_pre_15  2.0738587014753689
    RHS_V     relu_le_pre_16  1.8466289662382713
    RHS_V     relu_le_pre_17  1.8466289662382713
    RHS_V     relu_le_pre_18  1.379584246007729
    RHS_V     relu_le_pre_19  1.379584246007729
    RHS_V     relu_le_pre_20  1.5801952016057006
    RHS_V     relu_le_pre_21  1.5801952016057006
    RHS_V     relu_le_pre_22  2.2715513764583872
    RHS_V     relu_le_pre_23  2.2715513764583872
    RHS_V     relu_le_pre_24  2.2923865934033114
    RHS_V     relu_le_pre_25  2.2923865934033114
    RHS_V     relu_le_pre_26  2.7987863384903786
    RHS_V     relu_le_pre_27  2.7987863384903786
    RHS_V     relu_le_pre_28  1.0260738375445706
    RHS_V     relu_le_pre_29  1.0260738375445706
    RHS_V     relu_le_pre_30  2.3837097563119558
    RHS_V     relu_le_pre_31  2.3837097563119558
    RHS_V     relu_le_pre_32  1.9058431408224088
    RHS_V     relu_le_pre_33  1.9058431408224088
    RHS_V     relu_le_pre_34  1.816314729690907
    RHS_V     relu_le_pre_35  1.816314729690907
    RHS_V     relu_le_pre_36  1.0813030562940344
    RHS_V     relu_le_pre_37  1.0813030562940344
    RHS_V     relu_le_pre_38  1.2814308365081419
    RHS_V     relu_le_pre_39  1.2814308365081419
    RHS_V     relu_le_pre_40  2.5989883258714874
    RHS_V     relu_le_pre_41  2.5989883258714874
    RHS_V     relu_le_pre_42  2.7307241895763843
    RHS_V     relu_le_pre_43  2.7307241895763843
    RHS_V     relu_le_pre_44  1.3550784031579344
    RHS_V     relu_le_pre_45  1.3550784031579344
    RHS_V     relu_le_pre_46  1.8621880728268714
    RHS_V     relu_le_pre_47  1.8621880728268714
    RHS_V     relu_le_pre_48  2.2083570546510174
    RHS_V     relu_le_pre_49  2.2083570546510174
    RHS_V     relu_le_pre_50  1.3945461969916921
    RHS_V     relu_le_pre_51  1.3945461969916921
    RHS_V     relu_le_pre_52  1.3071846092777966
    RHS_V     relu_le_pre_53  1.3071846092777966
    RHS_V     relu_le_pre_54  1.208442628189728
    RHS_V     relu_le_pre_55  1.208442628189728
    RHS_V     relu_le_pre_56  1.8954750922624015
    RHS_V     relu_le_pre_57  1.8954750922624015
    RHS_V     relu_le_pre_58  1.1530461454323981
    RHS_V     relu_le_pre_59  1.1530461454323981
    RHS_V     relu_le_pre_60  2.0856309895933389
    RHS_V     relu_le_pre_61  2.0856309895933389
    RHS_V     relu_le_pre_62  1.5259143195557643
    RHS_V     relu_le_pre_63  1.5259143195557643
    RHS_V     relu_le_pre_64  1.2249977173236541
    RHS_V     relu_le_pre_65  1.2249977173236541
    RHS_V     relu_le_pre_66  1.6805051952715888
    RHS_V     relu_le_pre_67  1.6805051952715888
    RHS_V     relu_le_pre_68  1.5976618821818258
    RHS_V     relu_le_pre_69  1.5976618821818258
    RHS_V     relu_le_pre_70  1.0358842459595061
    RHS_V     relu_le_pre_71  1.0358842459595061
    RHS_V     relu_le_pre_72  1.8622670569283692
    RHS_V     relu_le_pre_73  1.8622670569283692
    RHS_V     relu_le_pre_74  3.0018799427117075
    RHS_V     relu_le_pre_75  3.0018799427117075
    RHS_V     relu_le_pre_76  1.3637140287393912
    RHS_V     relu_le_pre_77  1.3637140287393912
    RHS_V     relu_le_pre_78  1.1162997736240514
    RHS_V     relu_le_pre_79  1.1162997736240514
    RHS_V     prod_ge_0  -2.0137194090532766
    RHS_V     prod_ge_1  -2.0137194090532766
    RHS_V     prod_ge_2  -2.3521418253819912
    RHS_V     prod_ge_3  -2.3521418253819912
    RHS_V     prod_ge_4  -1.6537883844162056
    RHS_V     prod_ge_5  -1.6537883844162056
    RHS_V     prod_ge_6  -2.4971178525878379
    RHS_V     prod_ge_7  -2.4971178525878379
    RHS_V     prod_ge_8  -1.2899575913663481
    RHS_V     prod_ge_9  -1.2899575913663481
    RHS_V     prod_ge_10  -1.5512671317684119
    RHS_V     prod_ge_11  -1.5512671317684119
    RHS_V     prod_ge_12  -1.178737687570504
    RHS_V     prod_ge_13  -1.178737687570504
    RHS_V     prod_ge_14  -2.0738587014753689
    RHS_V     prod_ge_15  -2.0738587014753689
    RHS_V     prod_ge_16  -1.8466289662382713
    RHS_V     prod_ge_17  -1.8466289662382713
    RHS_V     prod_ge_18  -1.379584246007729
    RHS_V     prod_ge_19  -1.379584246007729
    RHS_V     prod_ge_20  -1.5801952016057006
    RHS_V     prod_ge_21  -1.5801952016057006
    RHS_V     prod_ge_22  -2.2715513764583872
    RHS_V     prod_ge_23  -2.2715513764583872
    RHS_V     prod_ge_24  -2.2923865934033114
    RHS_V     prod_ge_25  -2.2923865934033114
    RHS_V     prod_ge_26  -2.7987863384903786
    RHS_V     prod_ge_27  -2.7987863384903786
    RHS_V     prod_ge_28  -1.0260738375445706
    RHS_V     prod_ge_29  -1.0260738375445706
    RHS_V     prod_ge_30  -2.3837097563119558
    RHS_V     prod_ge_31  -2.3837097563119558
    RHS_V     prod_ge_32  -1.9058431408224088
    RHS_V     prod_ge_33  -1.9058431408224088
    RHS_V     prod_ge_34  -1.816314729690907
    RHS_V     prod_ge_35  -1.816314729690907
    RHS_V     prod_ge_36  -1.0813030562940344
    RHS_V     prod_ge_37  -1.0813030562940344
    RHS_V     prod_ge_38  -1.2814308365081419
    RHS_V     prod_ge_39  -1.2814308365081419
    RHS_V     prod_ge_40  -2.5989883258714874
    RHS_V     prod_ge_41  -2.5989883258714874
    RHS_V     prod_ge_42  -2.7307241895763843
    RHS_V     prod_ge_43  -2.7307241895763843
    RHS_V     prod_ge_44  -1.3550784031579344
    RHS_V     prod_ge_45  -1.3550784031579344
    RHS_V     prod_ge_46  -1.8621880728268714
    RHS_V     prod_ge_47  -1.8621880728268714
    RHS_V     prod_ge_48  -2.2083570546510174
    RHS_V     prod_ge_49  -2.2083570546510174
    RHS_V     prod_ge_50  -1.3945461969916921
    RHS_V     prod_ge_51  -1.3945461969916921
    RHS_V     prod_ge_52  -1.3071846092777966
    RHS_V     prod_ge_53  -1.3071846092777966
    RHS_V     prod_ge_54  -1.208442628189728
    RHS_V     prod_ge_55  -1.208442628189728
    RHS_V     prod_ge_56  -1.8954750922624015
    RHS_V     prod_ge_57  -1.8954750922624015
    RHS_V     prod_ge_58  -1.1530461454323981
    RHS_V     prod_ge_59  -1.1530461454323981
    RHS_V     prod_ge_60  -2.0856309895933389
    RHS_V     prod_ge_61  -2.0856309895933389
    RHS_V     prod_ge_62  -1.5259143195557643
    RHS_V     prod_ge_63  -1.5259143195557643
    RHS_V     prod_ge_64  -1.2249977173236541
    RHS_V     prod_ge_65  -1.2249977173236541
    RHS_V     prod_ge_66  -1.6805051952715888
    RHS_V     prod_ge_67  -1.6805051952715888
    RHS_V     prod_ge_68  -1.5976618821818258
    RHS_V     prod_ge_69  -1.5976618821818258
    RHS_V     prod_ge_70  -1.0358842459595061
    RHS_V     prod_ge_71  -1.0358842459595061
    RHS_V     prod_ge_72  -1.8622670569283692
    RHS_V     prod_ge_73  -1.8622670569283692
    RHS_V     prod_ge_74  -3.0018799427117075
    RHS_V     prod_ge_75  -3.0018799427117075
    RHS_V     prod_ge_76  -1.3637140287393912
    RHS_V     prod_ge_77  -1.3637140287393912
    RHS_V     prod_ge_78  -1.1162997736240514
    RHS_V     prod_ge_79  -1.1162997736240514
    RHS_V     max_upper_0  0.039416477246066242
    RHS_V     max_upper_1  0.17476509117779923
    RHS_V     max_upper_2  -0.014838363341709069
    RHS_V     max_upper_3  0.070318324700967119
    RHS_V     max_upper_4  0.0098795337629857139
    RHS_V     max_upper_5  -0.14637936668634499
    RHS_V     max_upper_6  0.079197725986526024
    RHS_V     max_upper_7  0.18766733991236381
    RHS_V     max_upper_8  -0.0096222534210741624
    RHS_V     max_upper_9  -0.0015436337317648078
    RHS_V     max_upper_10  -0.15013161339395209
    RHS_V     max_upper_11  -0.15229519704976302
    RHS_V     max_upper_12  -0.039151994178010338
    RHS_V     max_upper_13  0.062593337645934791
    RHS_V     max_upper_14  -0.046957460601575261
    RHS_V     max_upper_15  0.029202287772434256
    RHS_V     max_upper_16  0.12971428124116069
    RHS_V     max_upper_17  0.014450365698344753
    RHS_V     max_upper_18  0.057446835599787673
    RHS_V     max_upper_19  0.1447873507557578
    RHS_V     max_upper_20  0.12560681817194846
    RHS_V     max_upper_21  0.3659108323165905
    RHS_V     max_upper_22  -0.18846846024583006
    RHS_V     max_upper_23  0.062417762703739235
    RHS_V     max_upper_24  0.020299464141371133
    RHS_V     max_upper_25  -0.054333476545826015
    RHS_V     max_upper_26  -0.10773130472080233
    RHS_V     max_upper_27  -0.0061831057795394273
    RHS_V     max_upper_28  -0.041023865968076639
    RHS_V     max_upper_29  0.0097621596389043403
    RHS_V     max_upper_30  -0.090780174283229723
    RHS_V     max_upper_31  0.05455273351229474
    RHS_V     max_upper_32  -0.10358502464384106
    RHS_V     max_upper_33  -0.030423527400126622
    RHS_V     max_upper_34  -0.03919880552711702
    RHS_V     max_upper_35  0.12678874917895713
    RHS_V     max_upper_36  -0.13029111780450589
    RHS_V     max_upper_37  -0.041402382825701148
    RHS_V     max_upper_38  0.11824606639063542
    RHS_V     max_upper_39  -0.06583412380249723
    RHS_V     max_lower_0  0.039416477246066242
    RHS_V     max_lower_1  0.17476509117779923
    RHS_V     max_lower_2  -0.014838363341709069
    RHS_V     max_lower_3  0.070318324700967119
    RHS_V     max_lower_4  0.0098795337629857139
    RHS_V     max_lower_5  -0.14637936668634499
    RHS_V     max_lower_6  0.079197725986526024
    RHS_V     max_lower_7  0.18766733991236381
    RHS_V     max_lower_8  -0.0096222534210741624
    RHS_V     max_lower_9  -0.0015436337317648078
    RHS_V     max_lower_10  -0.15013161339395209
    RHS_V     max_lower_11  -0.15229519704976302
    RHS_V     max_lower_12  -0.039151994178010338
    RHS_V     max_lower_13  0.062593337645934791
    RHS_V     max_lower_14  -0.046957460601575261
    RHS_V     max_lower_15  0.029202287772434256
    RHS_V     max_lower_16  0.12971428124116069
    RHS_V     max_lower_17  0.014450365698344753
    RHS_V     max_lower_18  0.057446835599787673
    RHS_V     max_lower_19  0.1447873507557578
    RHS_V     max_lower_20  0.12560681817194846
    RHS_V     max_lower_21  0.3659108323165905
    RHS_V     max_lower_22  -0.18846846024583006
    RHS_V     max_lower_23  0.062417762703739235
    RHS_V     max_lower_24  0.020299464141371133
    RHS_V     max_lower_25  -0.054333476545826015
    RHS_V     max_lower_26  -0.10773130472080233
    RHS_V     max_lower_27  -0.0061831057795394273
    RHS_V     max_lower_28  -0.041023865968076639
    RHS_V     max_lower_29  0.0097621596389043403
    RHS_V     max_lower_30  -0.090780174283229723
    RHS_V     max_lower_31  0.05455273351229474
    RHS_V     max_lower_32  -0.10358502464384106
    RHS_V     max_lower_33  -0.030423527400126622
    RHS_V     max_lower_34  -0.03919880552711702
    RHS_V     max_lower_35  0.12678874917895713
    RHS_V     max_lower_36  -0.13029111780450589
    RHS_V     max_lower_37  -0.041402382825701148
    RHS_V     max_lower_38  0.11824606639063542
    RHS_V     max_lower_39  -0.06583412380249723
BOUNDS
 LO BOUND     W_0_0     -1
 UP BOUND     W_0_0     1
 LO BOUND     W_1_0     -1
 UP BOUND     W_1_0     1
 LO BOUND     b_0       -1
 UP BOUND     b_0       1
 LO BOUND     b_1       -1
 UP BOUND     b_1       1
 UP BOUND     h_0_0     2.0137194090532766
 UP BOUND     h_0_1     2.0137194090532766
 UP BOUND     h_1_0     2.3521418253819912
 UP BOUND     h_1_1     2.3521418253819912
 UP BOUND     h_2_0     1.6537883844162056
 UP BOUND     h_2_1     1.6537883844162056
 UP BOUND     h_3_0     2.4971178525878379
 UP BOUND     h_3_1     2.4971178525878379
 UP BOUND     h_4_0     1.2899575913663481
 UP BOUND     h_4_1     1.2899575913663481
 UP BOUND     h_5_0     1.5512671317684119
 UP BOUND     h_5_1     1.5512671317684119
 UP BOUND     h_6_0     1.178737687570504
 UP BOUND     h_6_1     1.178737687570504
 UP BOUND     h_7_0     2.0738587014753689
 UP BOUND     h_7_1     2.0738587014753689
 UP BOUND     h_8_0     1.8466289662382713
 UP BOUND     h_8_1     1.8466289662382713
 UP BOUND     h_9_0     1.379584246007729
 UP BOUND     h_9_1     1.379584246007729
 UP BOUND     h_10_0    1.5801952016057006
 UP BOUND     h_10_1    1.5801952016057006
 UP BOUND     h_11_0    2.2715513764583872
 UP BOUND     h_11_1    2.2715513764583872
 UP BOUND     h_12_0    2.2923865934033114
 UP BOUND     h_12_1    2.2923865934033114
 UP BOUND     h_13_0    2.7987863384903786
 UP BOUND     h_13_1    2.7987863384903786
 UP BOUND     h_14_0    1.0260738375445706
 UP BOUND     h_14_1    1.0260738375445706
 UP BOUND     h_15_0    2.3837097563119558
 UP BOUND     h_15_1    2.3837097563119558
 UP BOUND     h_16_0    1.9058431408224088
 UP BOUND     h_16_1    1.9058431408224088
 UP BOUND     h_17_0    1.816314729690907
 UP BOUND     h_17_1    1.816314729690907
 UP BOUND     h_18_0    1.0813030562940344
 UP BOUND     h_18_1    1.0813030562940344
 UP BOUND     h_19_0    1.2814308365081419
 UP BOUND     h_19_1    1.2814308365081419
 UP BOUND     h_20_0    2.5989883258714874
 UP BOUND     h_20_1    2.5989883258714874
 UP BOUND     h_21_0    2.7307241895763843
 UP BOUND     h_21_1    2.7307241895763843
 UP BOUND     h_22_0    1.3550784031579344
 UP BOUND     h_22_1    1.3550784031579344
 UP BOUND     h_23_0    1.8621880728268714
 UP BOUND     h_23_1    1.8621880728268714
 UP BOUND     h_24_0    2.2083570546510174
 UP BOUND     h_24_1    2.2083570546510174
 UP BOUND     h_25_0    1.3945461969916921
 UP BOUND     h_25_1    1.3945461969916921
 UP BOUND     h_26_0    1.3071846092777966
 UP BOUND     h_26_1    1.3071846092777966
 UP BOUND     h_27_0    1.208442628189728
 UP BOUND     h_27_1    1.208442628189728
 UP BOUND     h_28_0    1.8954750922624015
 UP BOUND     h_28_1    1.8954750922624015
 UP BOUND     h_29_0    1.1530461454323981
 UP BOUND     h_29_1    1.1530461454323981
 UP BOUND     h_30_0    2.0856309895933389
 UP BOUND     h_30_1    2.0856309895933389
 UP BOUND     h_31_0    1.5259143195557643
 UP BOUND     h_31_1    1.5259143195557643
 UP BOUND     h_32_0    1.2249977173236541
 UP BOUND     h_32_1    1.2249977173236541
 UP BOUND     h_33_0    1.6805051952715888
 UP BOUND     h_33_1    1.6805051952715888
 UP BOUND     h_34_0    1.5976618821818258
 UP BOUND     h_34_1    1.5976618821818258
 UP BOUND     h_35_0    1.0358842459595061
 UP BOUND     h_35_1    1.0358842459595061
 UP BOUND     h_36_0    1.8622670569283692
 UP BOUND     h_36_1    1.8622670569283692
 UP BOUND     h_37_0    3.0018799427117075
 UP BOUND     h_37_1    3.0018799427117075
 UP BOUND     h_38_0    1.3637140287393912
 UP BOUND     h_38_1    1.3637140287393912
 UP BOUND     h_39_0    1.1162997736240514
 UP BOUND     h_39_1    1.1162997736240514
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
 BV BOUND     sgn_0   
 BV BOUND     sgn_1   
 UP BOUND     g_0_0     2.0137194090532766
 UP BOUND     g_0_1     2.0137194090532766
 UP BOUND     g_1_0     2.3521418253819912
 UP BOUND     g_1_1     2.3521418253819912
 UP BOUND     g_2_0     1.6537883844162056
 UP BOUND     g_2_1     1.6537883844162056
 UP BOUND     g_3_0     2.4971178525878379
 UP BOUND     g_3_1     2.4971178525878379
 UP BOUND     g_4_0     1.2899575913663481
 UP BOUND     g_4_1     1.2899575913663481
 UP BOUND     g_5_0     1.5512671317684119
 UP BOUND     g_5_1     1.5512671317684119
 UP BOUND     g_6_0     1.178737687570504
 UP BOUND     g_6_1     1.178737687570504
 UP BOUND     g_7_0     2.0738587014753689
 UP BOUND     g_7_1     2.0738587014753689
 UP BOUND     g_8_0     1.8466289662382713
 UP BOUND     g_8_1     1.8466289662382713
 UP BOUND     g_9_0     1.379584246007729
 UP BOUND     g_9_1     1.379584246007729
 UP BOUND     g_10_0    1.5801952016057006
 UP BOUND     g_10_1    1.5801952016057006
 UP BOUND     g_11_0    2.2715513764583872
 UP BOUND     g_11_1    2.2715513764583872
 UP BOUND     g_12_0    2.2923865934033114
 UP BOUND     g_12_1    2.2923865934033114
 UP BOUND     g_13_0    2.7987863384903786
 UP BOUND     g_13_1    2.7987863384903786
 UP BOUND     g_14_0    1.0260738375445706
 UP BOUND     g_14_1    1.0260738375445706
 UP BOUND     g_15_0    2.3837097563119558
 UP BOUND     g_15_1    2.3837097563119558
 UP BOUND     g_16_0    1.9058431408224088
 UP BOUND     g_16_1    1.9058431408224088
 UP BOUND     g_17_0    1.816314729690907
 UP BOUND     g_17_1    1.816314729690907
 UP BOUND     g_18_0    1.0813030562940344
 UP BOUND     g_18_1    1.0813030562940344
 UP BOUND     g_19_0    1.2814308365081419
 UP BOUND     g_19_1    1.2814308365081419
 UP BOUND     g_20_0    2.5989883258714874
 UP BOUND     g_20_1    2.5989883258714874
 UP BOUND     g_21_0    2.7307241895763843
 UP BOUND     g_21_1    2.7307241895763843
 UP BOUND     g_22_0    1.3550784031579344
 UP BOUND     g_22_1    1.3550784031579344
 UP BOUND     g_23_0    1.8621880728268714
 UP BOUND     g_23_1    1.8621880728268714
 UP BOUND     g_24_0    2.2083570546510174
 UP BOUND     g_24_1    2.2083570546510174
 UP BOUND     g_25_0    1.3945461969916921
 UP BOUND     g_25_1    1.3945461969916921
 UP BOUND     g_26_0    1.3071846092777966
 UP BOUND     g_26_1    1.3071846092777966
 UP BOUND     g_27_0    1.208442628189728
 UP BOUND     g_27_1    1.208442628189728
 UP BOUND     g_28_0    1.8954750922624015
 UP BOUND     g_28_1    1.8954750922624015
 UP BOUND     g_29_0    1.1530461454323981
 UP BOUND     g_29_1    1.1530461454323981
 UP BOUND     g_30_0    2.0856309895933389
 UP BOUND     g_30_1    2.0856309895933389
 UP BOUND     g_31_0    1.5259143195557643
 UP BOUND     g_31_1    1.5259143195557643
 UP BOUND     g_32_0    1.2249977173236541
 UP BOUND     g_32_1    1.2249977173236541
 UP BOUND     g_33_0    1.6805051952715888
 UP BOUND     g_33_1    1.6805051952715888
 UP BOUND     g_34_0    1.5976618821818258
 UP BOUND     g_34_1    1.5976618821818258
 UP BOUND     g_35_0    1.0358842459595061
 UP BOUND     g_35_1    1.0358842459595061
 UP BOUND     g_36_0    1.8622670569283692
 UP BOUND     g_36_1    1.8622670569283692
 UP BOUND     g_37_0    3.0018799427117075
 UP BOUND     g_37_1    3.0018799427117075
 UP BOUND     g_38_0    1.3637140287393912
 UP BOUND     g_38_1    1.3637140287393912
 UP BOUND     g_39_0    1.1162997736240514
 UP BOUND     g_39_1    1.1162997736240514
ENDATA
