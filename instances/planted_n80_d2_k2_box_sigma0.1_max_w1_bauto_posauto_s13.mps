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
 G  relu_ge_pre_100
 G  relu_ge_pre_101
 G  relu_ge_pre_102
 G  relu_ge_pre_103
 G  relu_ge_pre_104
 G  relu_ge_pre_105
 G  relu_ge_pre_106
 G  relu_ge_pre_107
 G  relu_ge_pre_108
 G  relu_ge_pre_109
 G  relu_ge_pre_110
 G  relu_ge_pre_111
 G  relu_ge_pre_112
 G  relu_ge_pre_113
 G  relu_ge_pre_114
 G  relu_ge_pre_115
 G  relu_ge_pre_116
 G  relu_ge_pre_117
 G  relu_ge_pre_118
 G  relu_ge_pre_119
 G  relu_ge_pre_120
 G  relu_ge_pre_121
 G  relu_ge_pre_122
 G  relu_ge_pre_123
 G  relu_ge_pre_124
 G  relu_ge_pre_125
 G  relu_ge_pre_126
 G  relu_ge_pre_127
 G  relu_ge_pre_128
 G  relu_ge_pre_129
 G  relu_ge_pre_130
 G  relu_ge_pre_131
 G  relu_ge_pre_132
 G  relu_ge_pre_133
 G  relu_ge_pre_134
 G  relu_ge_pre_135
 G  relu_ge_pre_136
 G  relu_ge_pre_137
 G  relu_ge_pre_138
 G  relu_ge_pre_139
 G  relu_ge_pre_140
 G  relu_ge_pre_141
 G  relu_ge_pre_142
 G  relu_ge_pre_143
 G  relu_ge_pre_144
 G  relu_ge_pre_145
 G  relu_ge_pre_146
 G  relu_ge_pre_147
 G  relu_ge_pre_148
 G  relu_ge_pre_149
 G  relu_ge_pre_150
 G  relu_ge_pre_151
 G  relu_ge_pre_152
 G  relu_ge_pre_153
 G  relu_ge_pre_154
 G  relu_ge_pre_155
 G  relu_ge_pre_156
 G  relu_ge_pre_157
 G  relu_ge_pre_158
 G  relu_ge_pre_159
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
 L  relu_le_pre_100
 L  relu_le_pre_101
 L  relu_le_pre_102
 L  relu_le_pre_103
 L  relu_le_pre_104
 L  relu_le_pre_105
 L  relu_le_pre_106
 L  relu_le_pre_107
 L  relu_le_pre_108
 L  relu_le_pre_109
 L  relu_le_pre_110
 L  relu_le_pre_111
 L  relu_le_pre_112
 L  relu_le_pre_113
 L  relu_le_pre_114
 L  relu_le_pre_115
 L  relu_le_pre_116
 L  relu_le_pre_117
 L  relu_le_pre_118
 L  relu_le_pre_119
 L  relu_le_pre_120
 L  relu_le_pre_121
 L  relu_le_pre_122
 L  relu_le_pre_123
 L  relu_le_pre_124
 L  relu_le_pre_125
 L  relu_le_pre_126
 L  relu_le_pre_127
 L  relu_le_pre_128
 L  relu_le_pre_129
 L  relu_le_pre_130
 L  relu_le_pre_131
 L  relu_le_pre_132
 L  relu_le_pre_133
 L  relu_le_pre_134
 L  relu_le_pre_135
 L  relu_le_pre_136
 L  relu_le_pre_137
 L  relu_le_pre_138
 L  relu_le_pre_139
 L  relu_le_pre_140
 L  relu_le_pre_141
 L  relu_le_pre_142
 L  relu_le_pre_143
 L  relu_le_pre_144
 L  relu_le_pre_145
 L  relu_le_pre_146
 L  relu_le_pre_147
 L  relu_le_pre_148
 L  relu_le_pre_149
 L  relu_le_pre_150
 L  relu_le_pre_151
 L  relu_le_pre_152
 L  relu_le_pre_153
 L  relu_le_pre_154
 L  relu_le_pre_155
 L  relu_le_pre_156
 L  relu_le_pre_157
 L  relu_le_pre_158
 L  relu_le_pre_159
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
 L  relu_le_onoff_100
 L  relu_le_onoff_101
 L  relu_le_onoff_102
 L  relu_le_onoff_103
 L  relu_le_onoff_104
 L  relu_le_onoff_105
 L  relu_le_onoff_106
 L  relu_le_onoff_107
 L  relu_le_onoff_108
 L  relu_le_onoff_109
 L  relu_le_onoff_110
 L  relu_le_onoff_111
 L  relu_le_onoff_112
 L  relu_le_onoff_113
 L  relu_le_onoff_114
 L  relu_le_onoff_115
 L  relu_le_onoff_116
 L  relu_le_onoff_117
 L  relu_le_onoff_118
 L  relu_le_onoff_119
 L  relu_le_onoff_120
 L  relu_le_onoff_121
 L  relu_le_onoff_122
 L  relu_le_onoff_123
 L  relu_le_onoff_124
 L  relu_le_onoff_125
 L  relu_le_onoff_126
 L  relu_le_onoff_127
 L  relu_le_onoff_128
 L  relu_le_onoff_129
 L  relu_le_onoff_130
 L  relu_le_onoff_131
 L  relu_le_onoff_132
 L  relu_le_onoff_133
 L  relu_le_onoff_134
 L  relu_le_onoff_135
 L  relu_le_onoff_136
 L  relu_le_onoff_137
 L  relu_le_onoff_138
 L  relu_le_onoff_139
 L  relu_le_onoff_140
 L  relu_le_onoff_141
 L  relu_le_onoff_142
 L  relu_le_onoff_143
 L  relu_le_onoff_144
 L  relu_le_onoff_145
 L  relu_le_onoff_146
 L  relu_le_onoff_147
 L  relu_le_onoff_148
 L  relu_le_onoff_149
 L  relu_le_onoff_150
 L  relu_le_onoff_151
 L  relu_le_onoff_152
 L  relu_le_onoff_153
 L  relu_le_onoff_154
 L  relu_le_onoff_155
 L  relu_le_onoff_156
 L  relu_le_onoff_157
 L  relu_le_onoff_158
 L  relu_le_onoff_159
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
 L  prod_le_h_100
 L  prod_le_h_101
 L  prod_le_h_102
 L  prod_le_h_103
 L  prod_le_h_104
 L  prod_le_h_105
 L  prod_le_h_106
 L  prod_le_h_107
 L  prod_le_h_108
 L  prod_le_h_109
 L  prod_le_h_110
 L  prod_le_h_111
 L  prod_le_h_112
 L  prod_le_h_113
 L  prod_le_h_114
 L  prod_le_h_115
 L  prod_le_h_116
 L  prod_le_h_117
 L  prod_le_h_118
 L  prod_le_h_119
 L  prod_le_h_120
 L  prod_le_h_121
 L  prod_le_h_122
 L  prod_le_h_123
 L  prod_le_h_124
 L  prod_le_h_125
 L  prod_le_h_126
 L  prod_le_h_127
 L  prod_le_h_128
 L  prod_le_h_129
 L  prod_le_h_130
 L  prod_le_h_131
 L  prod_le_h_132
 L  prod_le_h_133
 L  prod_le_h_134
 L  prod_le_h_135
 L  prod_le_h_136
 L  prod_le_h_137
 L  prod_le_h_138
 L  prod_le_h_139
 L  prod_le_h_140
 L  prod_le_h_141
 L  prod_le_h_142
 L  prod_le_h_143
 L  prod_le_h_144
 L  prod_le_h_145
 L  prod_le_h_146
 L  prod_le_h_147
 L  prod_le_h_148
 L  prod_le_h_149
 L  prod_le_h_150
 L  prod_le_h_151
 L  prod_le_h_152
 L  prod_le_h_153
 L  prod_le_h_154
 L  prod_le_h_155
 L  prod_le_h_156
 L  prod_le_h_157
 L  prod_le_h_158
 L  prod_le_h_159
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
 L  prod_le_sign_100
 L  prod_le_sign_101
 L  prod_le_sign_102
 L  prod_le_sign_103
 L  prod_le_sign_104
 L  prod_le_sign_105
 L  prod_le_sign_106
 L  prod_le_sign_107
 L  prod_le_sign_108
 L  prod_le_sign_109
 L  prod_le_sign_110
 L  prod_le_sign_111
 L  prod_le_sign_112
 L  prod_le_sign_113
 L  prod_le_sign_114
 L  prod_le_sign_115
 L  prod_le_sign_116
 L  prod_le_sign_117
 L  prod_le_sign_118
 L  prod_le_sign_119
 L  prod_le_sign_120
 L  prod_le_sign_121
 L  prod_le_sign_122
 L  prod_le_sign_123
 L  prod_le_sign_124
 L  prod_le_sign_125
 L  prod_le_sign_126
 L  prod_le_sign_127
 L  prod_le_sign_128
 L  prod_le_sign_129
 L  prod_le_sign_130
 L  prod_le_sign_131
 L  prod_le_sign_132
 L  prod_le_sign_133
 L  prod_le_sign_134
 L  prod_le_sign_135
 L  prod_le_sign_136
 L  prod_le_sign_137
 L  prod_le_sign_138
 L  prod_le_sign_139
 L  prod_le_sign_140
 L  prod_le_sign_141
 L  prod_le_sign_142
 L  prod_le_sign_143
 L  prod_le_sign_144
 L  prod_le_sign_145
 L  prod_le_sign_146
 L  prod_le_sign_147
 L  prod_le_sign_148
 L  prod_le_sign_149
 L  prod_le_sign_150
 L  prod_le_sign_151
 L  prod_le_sign_152
 L  prod_le_sign_153
 L  prod_le_sign_154
 L  prod_le_sign_155
 L  prod_le_sign_156
 L  prod_le_sign_157
 L  prod_le_sign_158
 L  prod_le_sign_159
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
 G  prod_ge_100
 G  prod_ge_101
 G  prod_ge_102
 G  prod_ge_103
 G  prod_ge_104
 G  prod_ge_105
 G  prod_ge_106
 G  prod_ge_107
 G  prod_ge_108
 G  prod_ge_109
 G  prod_ge_110
 G  prod_ge_111
 G  prod_ge_112
 G  prod_ge_113
 G  prod_ge_114
 G  prod_ge_115
 G  prod_ge_116
 G  prod_ge_117
 G  prod_ge_118
 G  prod_ge_119
 G  prod_ge_120
 G  prod_ge_121
 G  prod_ge_122
 G  prod_ge_123
 G  prod_ge_124
 G  prod_ge_125
 G  prod_ge_126
 G  prod_ge_127
 G  prod_ge_128
 G  prod_ge_129
 G  prod_ge_130
 G  prod_ge_131
 G  prod_ge_132
 G  prod_ge_133
 G  prod_ge_134
 G  prod_ge_135
 G  prod_ge_136
 G  prod_ge_137
 G  prod_ge_138
 G  prod_ge_139
 G  prod_ge_140
 G  prod_ge_141
 G  prod_ge_142
 G  prod_ge_143
 G  prod_ge_144
 G  prod_ge_145
 G  prod_ge_146
 G  prod_ge_147
 G  prod_ge_148
 G  prod_ge_149
 G  prod_ge_150
 G  prod_ge_151
 G  prod_ge_152
 G  prod_ge_153
 G  prod_ge_154
 G  prod_ge_155
 G  prod_ge_156
 G  prod_ge_157
 G  prod_ge_158
 G  prod_ge_159
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
 L  max_upper_60
 L  max_upper_61
 L  max_upper_62
 L  max_upper_63
 L  max_upper_64
 L  max_upper_65
 L  max_upper_66
 L  max_upper_67
 L  max_upper_68
 L  max_upper_69
 L  max_upper_70
 L  max_upper_71
 L  max_upper_72
 L  max_upper_73
 L  max_upper_74
 L  max_upper_75
 L  max_upper_76
 L  max_upper_77
 L  max_upper_78
 L  max_upper_79
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
 G  max_lower_60
 G  max_lower_61
 G  max_lower_62
 G  max_lower_63
 G  max_lower_64
 G  max_lower_65
 G  max_lower_66
 G  max_lower_67
 G  max_lower_68
 G  max_lower_69
 G  max_lower_70
 G  max_lower_71
 G  max_lower_72
 G  max_lower_73
 G  max_lower_74
 G  max_lower_75
 G  max_lower_76
 G  max_lower_77
 G  max_lower_78
 G  max_lower_79
 G  symmetry_sign_0
 G  symmetry_bias_0
COLUMNS
    W_0_0     relu_ge_pre_0  -0.82081435613167564
    W_0_0     relu_ge_pre_2  0.42740679166765916
    W_0_0     relu_ge_pre_4  0.83518411223738354
    W_0_0     relu_ge_pre_6  -0.63540754948961498
    W_0_0     relu_ge_pre_8  -0.035499414373954208
    W_0_0     relu_ge_pre_10  -0.62801303850022361
    W_0_0     relu_ge_pre_12  0.50344161022665612
    W_0_0     relu_ge_pre_14  -0.95845657837912523
    W_0_0     relu_ge_pre_16  -0.47430044524156711
    W_0_0     relu_ge_pre_18  0.93974500724935206
    W_0_0     relu_ge_pre_20  -0.93459055558317328
    W_0_0     relu_ge_pre_22  0.55379701001215942
    W_0_0     relu_ge_pre_24  -0.44465462143959189
    W_0_0     relu_ge_pre_26  -0.095403591284732192
    W_0_0     relu_ge_pre_28  -0.47845942438948663
    W_0_0     relu_ge_pre_30  0.85207625241718965
    W_0_0     relu_ge_pre_32  -0.31934264169858295
    W_0_0     relu_ge_pre_34  -0.46530293369435327
    W_0_0     relu_ge_pre_36  0.75055733338817743
    W_0_0     relu_ge_pre_38  -0.49387284912383311
    W_0_0     relu_ge_pre_40  -0.1031348025276897
    W_0_0     relu_ge_pre_42  -0.8914251238001607
    W_0_0     relu_ge_pre_44  0.2567127296817544
    W_0_0     relu_ge_pre_46  -0.059623965499344456
    W_0_0     relu_ge_pre_48  0.67881346339647619
    W_0_0     relu_ge_pre_50  0.12210349379566643
    W_0_0     relu_ge_pre_52  0.16234042975936513
    W_0_0     relu_ge_pre_54  -0.92677851256406063
    W_0_0     relu_ge_pre_56  -0.8570920670107669
    W_0_0     relu_ge_pre_58  -0.1996005001539578
    W_0_0     relu_ge_pre_60  -0.58260866774418352
    W_0_0     relu_ge_pre_62  0.35871923071118639
    W_0_0     relu_ge_pre_64  0.14952939831735557
    W_0_0     relu_ge_pre_66  0.39368554925243693
    W_0_0     relu_ge_pre_68  0.27846373055714979
    W_0_0     relu_ge_pre_70  -0.6603234501429569
    W_0_0     relu_ge_pre_72  -0.10596165835448157
    W_0_0     relu_ge_pre_74  0.20208230599315913
    W_0_0     relu_ge_pre_76  -0.61846994938996325
    W_0_0     relu_ge_pre_78  -0.014962198679233873
    W_0_0     relu_ge_pre_80  0.24971373685440978
    W_0_0     relu_ge_pre_82  -0.45913273652579778
    W_0_0     relu_ge_pre_84  0.088710813257901977
    W_0_0     relu_ge_pre_86  -0.67460176882448253
    W_0_0     relu_ge_pre_88  -0.52633456271298518
    W_0_0     relu_ge_pre_90  -0.068628938883472879
    W_0_0     relu_ge_pre_92  0.25024529856335409
    W_0_0     relu_ge_pre_94  0.21626535176031081
    W_0_0     relu_ge_pre_96  -0.5754761288429191
    W_0_0     relu_ge_pre_98  -0.15827912858477733
    W_0_0     relu_ge_pre_100  -0.29525496425995335
    W_0_0     relu_ge_pre_102  0.43240094043491539
    W_0_0     relu_ge_pre_104  -0.92082542722042815
    W_0_0     relu_ge_pre_106  -0.53978688246706286
    W_0_0     relu_ge_pre_108  0.37338879408287706
    W_0_0     relu_ge_pre_110  0.042388281364628355
    W_0_0     relu_ge_pre_112  0.067315845487496029
    W_0_0     relu_ge_pre_114  -0.066281337262894535
    W_0_0     relu_ge_pre_116  -0.2718051252476219
    W_0_0     relu_ge_pre_118  -0.90305855495563114
    W_0_0     relu_ge_pre_120  -0.16535029446272365
    W_0_0     relu_ge_pre_122  0.17234175922892714
    W_0_0     relu_ge_pre_124  0.91399172183741473
    W_0_0     relu_ge_pre_126  0.47130777787109968
    W_0_0     relu_ge_pre_128  0.64089957202129955
    W_0_0     relu_ge_pre_130  -0.81740904943772952
    W_0_0     relu_ge_pre_132  0.4304004607962959
    W_0_0     relu_ge_pre_134  0.76304149353241391
    W_0_0     relu_ge_pre_136  0.48431962140788043
    W_0_0     relu_ge_pre_138  0.41759922263694871
    W_0_0     relu_ge_pre_140  -0.06142752129310125
    W_0_0     relu_ge_pre_142  0.77206393515270255
    W_0_0     relu_ge_pre_144  0.81700224345744132
    W_0_0     relu_ge_pre_146  0.77576094623400116
    W_0_0     relu_ge_pre_148  -0.86817711300438161
    W_0_0     relu_ge_pre_150  -0.27563878620600879
    W_0_0     relu_ge_pre_152  -0.052675392164747148
    W_0_0     relu_ge_pre_154  -0.38463253786987295
    W_0_0     relu_ge_pre_156  -0.86333939003208382
    W_0_0     relu_ge_pre_158  -0.27314627324149088
    W_0_0     relu_le_pre_0  -0.82081435613167564
    W_0_0     relu_le_pre_2  0.42740679166765916
    W_0_0     relu_le_pre_4  0.83518411223738354
    W_0_0     relu_le_pre_6  -0.63540754948961498
    W_0_0     relu_le_pre_8  -0.035499414373954208
    W_0_0     relu_le_pre_10  -0.62801303850022361
    W_0_0     relu_le_pre_12  0.50344161022665612
    W_0_0     relu_le_pre_14  -0.95845657837912523
    W_0_0     relu_le_pre_16  -0.47430044524156711
    W_0_0     relu_le_pre_18  0.93974500724935206
    W_0_0     relu_le_pre_20  -0.93459055558317328
    W_0_0     relu_le_pre_22  0.55379701001215942
    W_0_0     relu_le_pre_24  -0.44465462143959189
    W_0_0     relu_le_pre_26  -0.095403591284732192
    W_0_0     relu_le_pre_28  -0.47845942438948663
    W_0_0     relu_le_pre_30  0.85207625241718965
    W_0_0     relu_le_pre_32  -0.31934264169858295
    W_0_0     relu_le_pre_34  -0.46530293369435327
    W_0_0     relu_le_pre_36  0.75055733338817743
    W_0_0     relu_le_pre_38  -0.49387284912383311
    W_0_0     relu_le_pre_40  -0.1031348025276897
    W_0_0     relu_le_pre_42  -0.8914251238001607
    W_0_0     relu_le_pre_44  0.2567127296817544
    W_0_0     relu_le_pre_46  -0.059623965499344456
    W_0_0     relu_le_pre_48  0.67881346339647619
    W_0_0     relu_le_pre_50  0.12210349379566643
    W_0_0     relu_le_pre_52  0.16234042975936513
    W_0_0     relu_le_pre_54  -0.92677851256406063
    W_0_0     relu_le_pre_56  -0.8570920670107669
    W_0_0     relu_le_pre_58  -0.1996005001539578
    W_0_0     relu_le_pre_60  -0.58260866774418352
    W_0_0     relu_le_pre_62  0.35871923071118639
    W_0_0     relu_le_pre_64  0.14952939831735557
    W_0_0     relu_le_pre_66  0.39368554925243693
    W_0_0     relu_le_pre_68  0.27846373055714979
    W_0_0     relu_le_pre_70  -0.6603234501429569
    W_0_0     relu_le_pre_72  -0.10596165835448157
    W_0_0     relu_le_pre_74  0.20208230599315913
    W_0_0     relu_le_pre_76  -0.61846994938996325
    W_0_0     relu_le_pre_78  -0.014962198679233873
    W_0_0     relu_le_pre_80  0.24971373685440978
    W_0_0     relu_le_pre_82  -0.45913273652579778
    W_0_0     relu_le_pre_84  0.088710813257901977
    W_0_0     relu_le_pre_86  -0.67460176882448253
    W_0_0     relu_le_pre_88  -0.52633456271298518
    W_0_0     relu_le_pre_90  -0.068628938883472879
    W_0_0     relu_le_pre_92  0.25024529856335409
    W_0_0     relu_le_pre_94  0.21626535176031081
    W_0_0     relu_le_pre_96  -0.5754761288429191
    W_0_0     relu_le_pre_98  -0.15827912858477733
    W_0_0     relu_le_pre_100  -0.29525496425995335
    W_0_0     relu_le_pre_102  0.43240094043491539
    W_0_0     relu_le_pre_104  -0.92082542722042815
    W_0_0     relu_le_pre_106  -0.53978688246706286
    W_0_0     relu_le_pre_108  0.37338879408287706
    W_0_0     relu_le_pre_110  0.042388281364628355
    W_0_0     relu_le_pre_112  0.067315845487496029
    W_0_0     relu_le_pre_114  -0.066281337262894535
    W_0_0     relu_le_pre_116  -0.2718051252476219
    W_0_0     relu_le_pre_118  -0.90305855495563114
    W_0_0     relu_le_pre_120  -0.16535029446272365
    W_0_0     relu_le_pre_122  0.17234175922892714
    W_0_0     relu_le_pre_124  0.91399172183741473
    W_0_0     relu_le_pre_126  0.47130777787109968
    W_0_0     relu_le_pre_128  0.64089957202129955
    W_0_0     relu_le_pre_130  -0.81740904943772952
    W_0_0     relu_le_pre_132  0.4304004607962959
    W_0_0     relu_le_pre_134  0.76304149353241391
    W_0_0     relu_le_pre_136  0.48431962140788043
    W_0_0     relu_le_pre_138  0.41759922263694871
    W_0_0     relu_le_pre_140  -0.06142752129310125
    W_0_0     relu_le_pre_142  0.77206393515270255
    W_0_0     relu_le_pre_144  0.81700224345744132
    W_0_0     relu_le_pre_146  0.77576094623400116
    W_0_0     relu_le_pre_148  -0.86817711300438161
    W_0_0     relu_le_pre_150  -0.27563878620600879
    W_0_0     relu_le_pre_152  -0.052675392164747148
    W_0_0     relu_le_pre_154  -0.38463253786987295
    W_0_0     relu_le_pre_156  -0.86333939003208382
    W_0_0     relu_le_pre_158  -0.27314627324149088
    W_0_1     relu_ge_pre_0  -0.96960695047511081
    W_0_1     relu_ge_pre_2  -0.62732224607795906
    W_0_1     relu_ge_pre_4  0.12343990539315719
    W_0_1     relu_ge_pre_6  0.18253333462045274
    W_0_1     relu_ge_pre_8  0.76592023304986734
    W_0_1     relu_ge_pre_10  0.0042651833349756085
    W_0_1     relu_ge_pre_12  -0.55337231200173687
    W_0_1     relu_ge_pre_14  -0.076686468152580067
    W_0_1     relu_ge_pre_16  -0.98552137769672532
    W_0_1     relu_ge_pre_18  -0.1979553047335425
    W_0_1     relu_ge_pre_20  0.76532685231336628
    W_0_1     relu_ge_pre_22  -0.10045677796674579
    W_0_1     relu_ge_pre_24  -0.10550483078965867
    W_0_1     relu_ge_pre_26  0.89692234105127699
    W_0_1     relu_ge_pre_28  0.35859698015436248
    W_0_1     relu_ge_pre_30  -0.91693663882529419
    W_0_1     relu_ge_pre_32  0.088434079841469337
    W_0_1     relu_ge_pre_34  0.044219938196113251
    W_0_1     relu_ge_pre_36  -0.20915977607468839
    W_0_1     relu_ge_pre_38  -0.48829365766653843
    W_0_1     relu_ge_pre_40  -0.85698303967404188
    W_0_1     relu_ge_pre_42  -0.74973932453935244
    W_0_1     relu_ge_pre_44  0.46445985148237723
    W_0_1     relu_ge_pre_46  -0.30862042518414712
    W_0_1     relu_ge_pre_48  -0.11892907122109819
    W_0_1     relu_ge_pre_50  0.99667041029496839
    W_0_1     relu_ge_pre_52  0.20020221356201162
    W_0_1     relu_ge_pre_54  0.89097037715225991
    W_0_1     relu_ge_pre_56  -0.81663898484445352
    W_0_1     relu_ge_pre_58  0.62554190509056218
    W_0_1     relu_ge_pre_60  0.67695661890405057
    W_0_1     relu_ge_pre_62  -0.3328461741628328
    W_0_1     relu_ge_pre_64  0.078149568415166959
    W_0_1     relu_ge_pre_66  0.92552543902106588
    W_0_1     relu_ge_pre_68  -0.65324478024598842
    W_0_1     relu_ge_pre_70  0.83787597171138906
    W_0_1     relu_ge_pre_72  0.29241389141828011
    W_0_1     relu_ge_pre_74  -0.97578894455101151
    W_0_1     relu_ge_pre_76  -0.013958319312693979
    W_0_1     relu_ge_pre_78  -0.83396405021561737
    W_0_1     relu_ge_pre_80  -0.56380318657817496
    W_0_1     relu_ge_pre_82  -0.4746856852316772
    W_0_1     relu_ge_pre_84  -0.37066723053218675
    W_0_1     relu_ge_pre_86  0.4086140524210562
    W_0_1     relu_ge_pre_88  0.035993330289748826
    W_0_1     relu_ge_pre_90  0.07035474105660855
    W_0_1     relu_ge_pre_92  -0.50450452334302365
    W_0_1     relu_ge_pre_94  0.63740546306218748
    W_0_1     relu_ge_pre_96  0.20061481857892338
    W_0_1     relu_ge_pre_98  -0.96467962572932975
    W_0_1     relu_ge_pre_100  -0.048791148756026415
    W_0_1     relu_ge_pre_102  -0.41808111798570047
    W_0_1     relu_ge_pre_104  -0.41660176612288757
    W_0_1     relu_ge_pre_106  0.3636579952459702
    W_0_1     relu_ge_pre_108  0.2847729667071266
    W_0_1     relu_ge_pre_110  -0.78653357818898284
    W_0_1     relu_ge_pre_112  0.64717811724819185
    W_0_1     relu_ge_pre_114  0.48064149361722253
    W_0_1     relu_ge_pre_116  0.32265117904104024
    W_0_1     relu_ge_pre_118  0.12620078464812101
    W_0_1     relu_ge_pre_120  -0.16924796626941285
    W_0_1     relu_ge_pre_122  -0.95591243797183245
    W_0_1     relu_ge_pre_124  -0.48732782454638723
    W_0_1     relu_ge_pre_126  0.87832849966023674
    W_0_1     relu_ge_pre_128  -0.50181053818732058
    W_0_1     relu_ge_pre_130  -0.55078531297399902
    W_0_1     relu_ge_pre_132  0.0069134904559924326
    W_0_1     relu_ge_pre_134  0.1607154740112049
    W_0_1     relu_ge_pre_136  0.93676397144442047
    W_0_1     relu_ge_pre_138  -0.8567737704794518
    W_0_1     relu_ge_pre_140  0.45229304415863725
    W_0_1     relu_ge_pre_142  -0.79563190412702411
    W_0_1     relu_ge_pre_144  0.92338336511547614
    W_0_1     relu_ge_pre_146  -0.50525460155053592
    W_0_1     relu_ge_pre_148  0.80862436553912431
    W_0_1     relu_ge_pre_150  -0.30402288182445503
    W_0_1     relu_ge_pre_152  0.99228924240400973
    W_0_1     relu_ge_pre_154  0.13974371678603159
    W_0_1     relu_ge_pre_156  -0.99424131148273998
    W_0_1     relu_ge_pre_158  0.76800808105094043
    W_0_1     relu_le_pre_0  -0.96960695047511081
    W_0_1     relu_le_pre_2  -0.62732224607795906
    W_0_1     relu_le_pre_4  0.12343990539315719
    W_0_1     relu_le_pre_6  0.18253333462045274
    W_0_1     relu_le_pre_8  0.76592023304986734
    W_0_1     relu_le_pre_10  0.0042651833349756085
    W_0_1     relu_le_pre_12  -0.55337231200173687
    W_0_1     relu_le_pre_14  -0.076686468152580067
    W_0_1     relu_le_pre_16  -0.98552137769672532
    W_0_1     relu_le_pre_18  -0.1979553047335425
    W_0_1     relu_le_pre_20  0.76532685231336628
    W_0_1     relu_le_pre_22  -0.10045677796674579
    W_0_1     relu_le_pre_24  -0.10550483078965867
    W_0_1     relu_le_pre_26  0.89692234105127699
    W_0_1     relu_le_pre_28  0.35859698015436248
    W_0_1     relu_le_pre_30  -0.91693663882529419
    W_0_1     relu_le_pre_32  0.088434079841469337
    W_0_1     relu_le_pre_34  0.044219938196113251
    W_0_1     relu_le_pre_36  -0.20915977607468839
    W_0_1     relu_le_pre_38  -0.48829365766653843
    W_0_1     relu_le_pre_40  -0.85698303967404188
    W_0_1     relu_le_pre_42  -0.74973932453935244
    W_0_1     relu_le_pre_44  0.46445985148237723
    W_0_1     relu_le_pre_46  -0.30862042518414712
    W_0_1     relu_le_pre_48  -0.11892907122109819
    W_0_1     relu_le_pre_50  0.99667041029496839
    W_0_1     relu_le_pre_52  0.20020221356201162
    W_0_1     relu_le_pre_54  0.89097037715225991
    W_0_1     relu_le_pre_56  -0.81663898484445352
    W_0_1     relu_le_pre_58  0.62554190509056218
    W_0_1     relu_le_pre_60  0.67695661890405057
    W_0_1     relu_le_pre_62  -0.3328461741628328
    W_0_1     relu_le_pre_64  0.078149568415166959
    W_0_1     relu_le_pre_66  0.92552543902106588
    W_0_1     relu_le_pre_68  -0.65324478024598842
    W_0_1     relu_le_pre_70  0.83787597171138906
    W_0_1     relu_le_pre_72  0.29241389141828011
    W_0_1     relu_le_pre_74  -0.97578894455101151
    W_0_1     relu_le_pre_76  -0.013958319312693979
    W_0_1     relu_le_pre_78  -0.83396405021561737
    W_0_1     relu_le_pre_80  -0.56380318657817496
    W_0_1     relu_le_pre_82  -0.4746856852316772
    W_0_1     relu_le_pre_84  -0.37066723053218675
    W_0_1     relu_le_pre_86  0.4086140524210562
    W_0_1     relu_le_pre_88  0.035993330289748826
    W_0_1     relu_le_pre_90  0.07035474105660855
    W_0_1     relu_le_pre_92  -0.50450452334302365
    W_0_1     relu_le_pre_94  0.63740546306218748
    W_0_1     relu_le_pre_96  0.20061481857892338
    W_0_1     relu_le_pre_98  -0.96467962572932975
    W_0_1     relu_le_pre_100  -0.048791148756026415
    W_0_1     relu_le_pre_102  -0.41808111798570047
    W_0_1     relu_le_pre_104  -0.41660176612288757
    W_0_1     relu_le_pre_106  0.3636579952459702
    W_0_1     relu_le_pre_108  0.2847729667071266
    W_0_1     relu_le_pre_110  -0.78653357818898284
    W_0_1     relu_le_pre_112  0.64717811724819185
    W_0_1     relu_le_pre_114  0.48064149361722253
    W_0_1     relu_le_pre_116  0.32265117904104024
    W_0_1     relu_le_pre_118  0.12620078464812101
    W_0_1     relu_le_pre_120  -0.16924796626941285
    W_0_1     relu_le_pre_122  -0.95591243797183245
    W_0_1     relu_le_pre_124  -0.48732782454638723
    W_0_1     relu_le_pre_126  0.87832849966023674
    W_0_1     relu_le_pre_128  -0.50181053818732058
    W_0_1     relu_le_pre_130  -0.55078531297399902
    W_0_1     relu_le_pre_132  0.0069134904559924326
    W_0_1     relu_le_pre_134  0.1607154740112049
    W_0_1     relu_le_pre_136  0.93676397144442047
    W_0_1     relu_le_pre_138  -0.8567737704794518
    W_0_1     relu_le_pre_140  0.45229304415863725
    W_0_1     relu_le_pre_142  -0.79563190412702411
    W_0_1     relu_le_pre_144  0.92338336511547614
    W_0_1     relu_le_pre_146  -0.50525460155053592
    W_0_1     relu_le_pre_148  0.80862436553912431
    W_0_1     relu_le_pre_150  -0.30402288182445503
    W_0_1     relu_le_pre_152  0.99228924240400973
    W_0_1     relu_le_pre_154  0.13974371678603159
    W_0_1     relu_le_pre_156  -0.99424131148273998
    W_0_1     relu_le_pre_158  0.76800808105094043
    W_1_0     relu_ge_pre_1  -0.82081435613167564
    W_1_0     relu_ge_pre_3  0.42740679166765916
    W_1_0     relu_ge_pre_5  0.83518411223738354
    W_1_0     relu_ge_pre_7  -0.63540754948961498
    W_1_0     relu_ge_pre_9  -0.035499414373954208
    W_1_0     relu_ge_pre_11  -0.62801303850022361
    W_1_0     relu_ge_pre_13  0.50344161022665612
    W_1_0     relu_ge_pre_15  -0.95845657837912523
    W_1_0     relu_ge_pre_17  -0.47430044524156711
    W_1_0     relu_ge_pre_19  0.93974500724935206
    W_1_0     relu_ge_pre_21  -0.93459055558317328
    W_1_0     relu_ge_pre_23  0.55379701001215942
    W_1_0     relu_ge_pre_25  -0.44465462143959189
    W_1_0     relu_ge_pre_27  -0.095403591284732192
    W_1_0     relu_ge_pre_29  -0.47845942438948663
    W_1_0     relu_ge_pre_31  0.85207625241718965
    W_1_0     relu_ge_pre_33  -0.31934264169858295
    W_1_0     relu_ge_pre_35  -0.46530293369435327
    W_1_0     relu_ge_pre_37  0.75055733338817743
    W_1_0     relu_ge_pre_39  -0.49387284912383311
    W_1_0     relu_ge_pre_41  -0.1031348025276897
    W_1_0     relu_ge_pre_43  -0.8914251238001607
    W_1_0     relu_ge_pre_45  0.2567127296817544
    W_1_0     relu_ge_pre_47  -0.059623965499344456
    W_1_0     relu_ge_pre_49  0.67881346339647619
    W_1_0     relu_ge_pre_51  0.12210349379566643
    W_1_0     relu_ge_pre_53  0.16234042975936513
    W_1_0     relu_ge_pre_55  -0.92677851256406063
    W_1_0     relu_ge_pre_57  -0.8570920670107669
    W_1_0     relu_ge_pre_59  -0.1996005001539578
    W_1_0     relu_ge_pre_61  -0.58260866774418352
    W_1_0     relu_ge_pre_63  0.35871923071118639
    W_1_0     relu_ge_pre_65  0.14952939831735557
    W_1_0     relu_ge_pre_67  0.39368554925243693
    W_1_0     relu_ge_pre_69  0.27846373055714979
    W_1_0     relu_ge_pre_71  -0.6603234501429569
    W_1_0     relu_ge_pre_73  -0.10596165835448157
    W_1_0     relu_ge_pre_75  0.20208230599315913
    W_1_0     relu_ge_pre_77  -0.61846994938996325
    W_1_0     relu_ge_pre_79  -0.014962198679233873
    W_1_0     relu_ge_pre_81  0.24971373685440978
    W_1_0     relu_ge_pre_83  -0.45913273652579778
    W_1_0     relu_ge_pre_85  0.088710813257901977
    W_1_0     relu_ge_pre_87  -0.67460176882448253
    W_1_0     relu_ge_pre_89  -0.52633456271298518
    W_1_0     relu_ge_pre_91  -0.068628938883472879
    W_1_0     relu_ge_pre_93  0.25024529856335409
    W_1_0     relu_ge_pre_95  0.21626535176031081
    W_1_0     relu_ge_pre_97  -0.5754761288429191
    W_1_0     relu_ge_pre_99  -0.15827912858477733
    W_1_0     relu_ge_pre_101  -0.29525496425995335
    W_1_0     relu_ge_pre_103  0.43240094043491539
    W_1_0     relu_ge_pre_105  -0.92082542722042815
    W_1_0     relu_ge_pre_107  -0.53978688246706286
    W_1_0     relu_ge_pre_109  0.37338879408287706
    W_1_0     relu_ge_pre_111  0.042388281364628355
    W_1_0     relu_ge_pre_113  0.067315845487496029
    W_1_0     relu_ge_pre_115  -0.066281337262894535
    W_1_0     relu_ge_pre_117  -0.2718051252476219
    W_1_0     relu_ge_pre_119  -0.90305855495563114
    W_1_0     relu_ge_pre_121  -0.16535029446272365
    W_1_0     relu_ge_pre_123  0.17234175922892714
    W_1_0     relu_ge_pre_125  0.91399172183741473
    W_1_0     relu_ge_pre_127  0.47130777787109968
    W_1_0     relu_ge_pre_129  0.64089957202129955
    W_1_0     relu_ge_pre_131  -0.81740904943772952
    W_1_0     relu_ge_pre_133  0.4304004607962959
    W_1_0     relu_ge_pre_135  0.76304149353241391
    W_1_0     relu_ge_pre_137  0.48431962140788043
    W_1_0     relu_ge_pre_139  0.41759922263694871
    W_1_0     relu_ge_pre_141  -0.06142752129310125
    W_1_0     relu_ge_pre_143  0.77206393515270255
    W_1_0     relu_ge_pre_145  0.81700224345744132
    W_1_0     relu_ge_pre_147  0.77576094623400116
    W_1_0     relu_ge_pre_149  -0.86817711300438161
    W_1_0     relu_ge_pre_151  -0.27563878620600879
    W_1_0     relu_ge_pre_153  -0.052675392164747148
    W_1_0     relu_ge_pre_155  -0.38463253786987295
    W_1_0     relu_ge_pre_157  -0.86333939003208382
    W_1_0     relu_ge_pre_159  -0.27314627324149088
    W_1_0     relu_le_pre_1  -0.82081435613167564
    W_1_0     relu_le_pre_3  0.42740679166765916
    W_1_0     relu_le_pre_5  0.83518411223738354
    W_1_0     relu_le_pre_7  -0.63540754948961498
    W_1_0     relu_le_pre_9  -0.035499414373954208
    W_1_0     relu_le_pre_11  -0.62801303850022361
    W_1_0     relu_le_pre_13  0.50344161022665612
    W_1_0     relu_le_pre_15  -0.95845657837912523
    W_1_0     relu_le_pre_17  -0.47430044524156711
    W_1_0     relu_le_pre_19  0.93974500724935206
    W_1_0     relu_le_pre_21  -0.93459055558317328
    W_1_0     relu_le_pre_23  0.55379701001215942
    W_1_0     relu_le_pre_25  -0.44465462143959189
    W_1_0     relu_le_pre_27  -0.095403591284732192
    W_1_0     relu_le_pre_29  -0.47845942438948663
    W_1_0     relu_le_pre_31  0.85207625241718965
    W_1_0     relu_le_pre_33  -0.31934264169858295
    W_1_0     relu_le_pre_35  -0.46530293369435327
    W_1_0     relu_le_pre_37  0.75055733338817743
    W_1_0     relu_le_pre_39  -0.49387284912383311
    W_1_0     relu_le_pre_41  -0.1031348025276897
    W_1_0     relu_le_pre_43  -0.8914251238001607
    W_1_0     relu_le_pre_45  0.2567127296817544
    W_1_0     relu_le_pre_47  -0.059623965499344456
    W_1_0     relu_le_pre_49  0.67881346339647619
    W_1_0     relu_le_pre_51  0.12210349379566643
    W_1_0     relu_le_pre_53  0.16234042975936513
    W_1_0     relu_le_pre_55  -0.92677851256406063
    W_1_0     relu_le_pre_57  -0.8570920670107669
    W_1_0     relu_le_pre_59  -0.1996005001539578
    W_1_0     relu_le_pre_61  -0.58260866774418352
    W_1_0     relu_le_pre_63  0.35871923071118639
    W_1_0     relu_le_pre_65  0.14952939831735557
    W_1_0     relu_le_pre_67  0.39368554925243693
    W_1_0     relu_le_pre_69  0.27846373055714979
    W_1_0     relu_le_pre_71  -0.6603234501429569
    W_1_0     relu_le_pre_73  -0.10596165835448157
    W_1_0     relu_le_pre_75  0.20208230599315913
    W_1_0     relu_le_pre_77  -0.61846994938996325
    W_1_0     relu_le_pre_79  -0.014962198679233873
    W_1_0     relu_le_pre_81  0.24971373685440978
    W_1_0     relu_le_pre_83  -0.45913273652579778
    W_1_0     relu_le_pre_85  0.088710813257901977
    W_1_0     relu_le_pre_87  -0.67460176882448253
    W_1_0     relu_le_pre_89  -0.52633456271298518
    W_1_0     relu_le_pre_91  -0.068628938883472879
    W_1_0     relu_le_pre_93  0.25024529856335409
    W_1_0     relu_le_pre_95  0.21626535176031081
    W_1_0     relu_le_pre_97  -0.5754761288429191
    W_1_0     relu_le_pre_99  -0.15827912858477733
    W_1_0     relu_le_pre_101  -0.29525496425995335
    W_1_0     relu_le_pre_103  0.43240094043491539
    W_1_0     relu_le_pre_105  -0.92082542722042815
    W_1_0     relu_le_pre_107  -0.53978688246706286
    W_1_0     relu_le_pre_109  0.37338879408287706
    W_1_0     relu_le_pre_111  0.042388281364628355
    W_1_0     relu_le_pre_113  0.067315845487496029
    W_1_0     relu_le_pre_115  -0.066281337262894535
    W_1_0     relu_le_pre_117  -0.2718051252476219
    W_1_0     relu_le_pre_119  -0.90305855495563114
    W_1_0     relu_le_pre_121  -0.16535029446272365
    W_1_0     relu_le_pre_123  0.17234175922892714
    W_1_0     relu_le_pre_125  0.91399172183741473
    W_1_0     relu_le_pre_127  0.47130777787109968
    W_1_0     relu_le_pre_129  0.64089957202129955
    W_1_0     relu_le_pre_131  -0.81740904943772952
    W_1_0     relu_le_pre_133  0.4304004607962959
    W_1_0     relu_le_pre_135  0.76304149353241391
    W_1_0     relu_le_pre_137  0.48431962140788043
    W_1_0     relu_le_pre_139  0.41759922263694871
    W_1_0     relu_le_pre_141  -0.06142752129310125
    W_1_0     relu_le_pre_143  0.77206393515270255
    W_1_0     relu_le_pre_145  0.81700224345744132
    W_1_0     relu_le_pre_147  0.77576094623400116
    W_1_0     relu_le_pre_149  -0.86817711300438161
    W_1_0     relu_le_pre_151  -0.27563878620600879
    W_1_0     relu_le_pre_153  -0.052675392164747148
    W_1_0     relu_le_pre_155  -0.38463253786987295
    W_1_0     relu_le_pre_157  -0.86333939003208382
    W_1_0     relu_le_pre_159  -0.27314627324149088
    W_1_1     relu_ge_pre_1  -0.96960695047511081
    W_1_1     relu_ge_pre_3  -0.62732224607795906
    W_1_1     relu_ge_pre_5  0.12343990539315719
    W_1_1     relu_ge_pre_7  0.18253333462045274
    W_1_1     relu_ge_pre_9  0.76592023304986734
    W_1_1     relu_ge_pre_11  0.0042651833349756085
    W_1_1     relu_ge_pre_13  -0.55337231200173687
    W_1_1     relu_ge_pre_15  -0.076686468152580067
    W_1_1     relu_ge_pre_17  -0.98552137769672532
    W_1_1     relu_ge_pre_19  -0.1979553047335425
    W_1_1     relu_ge_pre_21  0.76532685231336628
    W_1_1     relu_ge_pre_23  -0.10045677796674579
    W_1_1     relu_ge_pre_25  -0.10550483078965867
    W_1_1     relu_ge_pre_27  0.89692234105127699
    W_1_1     relu_ge_pre_29  0.35859698015436248
    W_1_1     relu_ge_pre_31  -0.91693663882529419
    W_1_1     relu_ge_pre_33  0.088434079841469337
    W_1_1     relu_ge_pre_35  0.044219938196113251
    W_1_1     relu_ge_pre_37  -0.20915977607468839
    W_1_1     relu_ge_pre_39  -0.48829365766653843
    W_1_1     relu_ge_pre_41  -0.85698303967404188
    W_1_1     relu_ge_pre_43  -0.74973932453935244
    W_1_1     relu_ge_pre_45  0.46445985148237723
    W_1_1     relu_ge_pre_47  -0.30862042518414712
    W_1_1     relu_ge_pre_49  -0.11892907122109819
    W_1_1     relu_ge_pre_51  0.99667041029496839
    W_1_1     relu_ge_pre_53  0.20020221356201162
    W_1_1     relu_ge_pre_55  0.89097037715225991
    W_1_1     relu_ge_pre_57  -0.81663898484445352
    W_1_1     relu_ge_pre_59  0.62554190509056218
    W_1_1     relu_ge_pre_61  0.67695661890405057
    W_1_1     relu_ge_pre_63  -0.3328461741628328
    W_1_1     relu_ge_pre_65  0.078149568415166959
    W_1_1     relu_ge_pre_67  0.92552543902106588
    W_1_1     relu_ge_pre_69  -0.65324478024598842
    W_1_1     relu_ge_pre_71  0.83787597171138906
    W_1_1     relu_ge_pre_73  0.29241389141828011
    W_1_1     relu_ge_pre_75  -0.97578894455101151
    W_1_1     relu_ge_pre_77  -0.013958319312693979
    W_1_1     relu_ge_pre_79  -0.83396405021561737
    W_1_1     relu_ge_pre_81  -0.56380318657817496
    W_1_1     relu_ge_pre_83  -0.4746856852316772
    W_1_1     relu_ge_pre_85  -0.37066723053218675
    W_1_1     relu_ge_pre_87  0.4086140524210562
    W_1_1     relu_ge_pre_89  0.035993330289748826
    W_1_1     relu_ge_pre_91  0.07035474105660855
    W_1_1     relu_ge_pre_93  -0.50450452334302365
    W_1_1     relu_ge_pre_95  0.63740546306218748
    W_1_1     relu_ge_pre_97  0.20061481857892338
    W_1_1     relu_ge_pre_99  -0.96467962572932975
    W_1_1     relu_ge_pre_101  -0.048791148756026415
    W_1_1     relu_ge_pre_103  -0.41808111798570047
    W_1_1     relu_ge_pre_105  -0.41660176612288757
    W_1_1     relu_ge_pre_107  0.3636579952459702
    W_1_1     relu_ge_pre_109  0.2847729667071266
    W_1_1     relu_ge_pre_111  -0.78653357818898284
    W_1_1     relu_ge_pre_113  0.64717811724819185
    W_1_1     relu_ge_pre_115  0.48064149361722253
    W_1_1     relu_ge_pre_117  0.32265117904104024
    W_1_1     relu_ge_pre_119  0.12620078464812101
    W_1_1     relu_ge_pre_121  -0.16924796626941285
    W_1_1     relu_ge_pre_123  -0.95591243797183245
    W_1_1     relu_ge_pre_125  -0.48732782454638723
    W_1_1     relu_ge_pre_127  0.87832849966023674
    W_1_1     relu_ge_pre_129  -0.50181053818732058
    W_1_1     relu_ge_pre_131  -0.55078531297399902
    W_1_1     relu_ge_pre_133  0.0069134904559924326
    W_1_1     relu_ge_pre_135  0.1607154740112049
    W_1_1     relu_ge_pre_137  0.93676397144442047
    W_1_1     relu_ge_pre_139  -0.8567737704794518
    W_1_1     relu_ge_pre_141  0.45229304415863725
    W_1_1     relu_ge_pre_143  -0.79563190412702411
    W_1_1     relu_ge_pre_145  0.92338336511547614
    W_1_1     relu_ge_pre_147  -0.50525460155053592
    W_1_1     relu_ge_pre_149  0.80862436553912431
    W_1_1     relu_ge_pre_151  -0.30402288182445503
    W_1_1     relu_ge_pre_153  0.99228924240400973
    W_1_1     relu_ge_pre_155  0.13974371678603159
    W_1_1     relu_ge_pre_157  -0.99424131148273998
    W_1_1     relu_ge_pre_159  0.76800808105094043
    W_1_1     relu_le_pre_1  -0.96960695047511081
    W_1_1     relu_le_pre_3  -0.62732224607795906
    W_1_1     relu_le_pre_5  0.12343990539315719
    W_1_1     relu_le_pre_7  0.18253333462045274
    W_1_1     relu_le_pre_9  0.76592023304986734
    W_1_1     relu_le_pre_11  0.0042651833349756085
    W_1_1     relu_le_pre_13  -0.55337231200173687
    W_1_1     relu_le_pre_15  -0.076686468152580067
    W_1_1     relu_le_pre_17  -0.98552137769672532
    W_1_1     relu_le_pre_19  -0.1979553047335425
    W_1_1     relu_le_pre_21  0.76532685231336628
    W_1_1     relu_le_pre_23  -0.10045677796674579
    W_1_1     relu_le_pre_25  -0.10550483078965867
    W_1_1     relu_le_pre_27  0.89692234105127699
    W_1_1     relu_le_pre_29  0.35859698015436248
    W_1_1     relu_le_pre_31  -0.91693663882529419
    W_1_1     relu_le_pre_33  0.088434079841469337
    W_1_1     relu_le_pre_35  0.044219938196113251
    W_1_1     relu_le_pre_37  -0.20915977607468839
    W_1_1     relu_le_pre_39  -0.48829365766653843
    W_1_1     relu_le_pre_41  -0.85698303967404188
    W_1_1     relu_le_pre_43  -0.74973932453935244
    W_1_1     relu_le_pre_45  0.46445985148237723
    W_1_1     relu_le_pre_47  -0.30862042518414712
    W_1_1     relu_le_pre_49  -0.11892907122109819
    W_1_1     relu_le_pre_51  0.99667041029496839
    W_1_1     relu_le_pre_53  0.20020221356201162
    W_1_1     relu_le_pre_55  0.89097037715225991
    W_1_1     relu_le_pre_57  -0.81663898484445352
    W_1_1     relu_le_pre_59  0.62554190509056218
    W_1_1     relu_le_pre_61  0.67695661890405057
    W_1_1     relu_le_pre_63  -0.3328461741628328
    W_1_1     relu_le_pre_65  0.078149568415166959
    W_1_1     relu_le_pre_67  0.92552543902106588
    W_1_1     relu_le_pre_69  -0.65324478024598842
    W_1_1     relu_le_pre_71  0.83787597171138906
    W_1_1     relu_le_pre_73  0.29241389141828011
    W_1_1     relu_le_pre_75  -0.97578894455101151
    W_1_1     relu_le_pre_77  -0.013958319312693979
    W_1_1     relu_le_pre_79  -0.83396405021561737
    W_1_1     relu_le_pre_81  -0.56380318657817496
    W_1_1     relu_le_pre_83  -0.4746856852316772
    W_1_1     relu_le_pre_85  -0.37066723053218675
    W_1_1     relu_le_pre_87  0.4086140524210562
    W_1_1     relu_le_pre_89  0.035993330289748826
    W_1_1     relu_le_pre_91  0.07035474105660855
    W_1_1     relu_le_pre_93  -0.50450452334302365
    W_1_1     relu_le_pre_95  0.63740546306218748
    W_1_1     relu_le_pre_97  0.20061481857892338
    W_1_1     relu_le_pre_99  -0.96467962572932975
    W_1_1     relu_le_pre_101  -0.048791148756026415
    W_1_1     relu_le_pre_103  -0.41808111798570047
    W_1_1     relu_le_pre_105  -0.41660176612288757
    W_1_1     relu_le_pre_107  0.3636579952459702
    W_1_1     relu_le_pre_109  0.2847729667071266
    W_1_1     relu_le_pre_111  -0.78653357818898284
    W_1_1     relu_le_pre_113  0.64717811724819185
    W_1_1     relu_le_pre_115  0.48064149361722253
    W_1_1     relu_le_pre_117  0.32265117904104024
    W_1_1     relu_le_pre_119  0.12620078464812101
    W_1_1     relu_le_pre_121  -0.16924796626941285
    W_1_1     relu_le_pre_123  -0.95591243797183245
    W_1_1     relu_le_pre_125  -0.48732782454638723
    W_1_1     relu_le_pre_127  0.87832849966023674
    W_1_1     relu_le_pre_129  -0.50181053818732058
    W_1_1     relu_le_pre_131  -0.55078531297399902
    W_1_1     relu_le_pre_133  0.0069134904559924326
    W_1_1     relu_le_pre_135  0.1607154740112049
    W_1_1     relu_le_pre_137  0.93676397144442047
    W_1_1     relu_le_pre_139  -0.8567737704794518
    W_1_1     relu_le_pre_141  0.45229304415863725
    W_1_1     relu_le_pre_143  -0.79563190412702411
    W_1_1     relu_le_pre_145  0.92338336511547614
    W_1_1     relu_le_pre_147  -0.50525460155053592
    W_1_1     relu_le_pre_149  0.80862436553912431
    W_1_1     relu_le_pre_151  -0.30402288182445503
    W_1_1     relu_le_pre_153  0.99228924240400973
    W_1_1     relu_le_pre_155  0.13974371678603159
    W_1_1     relu_le_pre_157  -0.99424131148273998
    W_1_1     relu_le_pre_159  0.76800808105094043
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
    b_0       relu_ge_pre_100  -1
    b_0       relu_ge_pre_102  -1
    b_0       relu_ge_pre_104  -1
    b_0       relu_ge_pre_106  -1
    b_0       relu_ge_pre_108  -1
    b_0       relu_ge_pre_110  -1
    b_0       relu_ge_pre_112  -1
    b_0       relu_ge_pre_114  -1
    b_0       relu_ge_pre_116  -1
    b_0       relu_ge_pre_118  -1
    b_0       relu_ge_pre_120  -1
    b_0       relu_ge_pre_122  -1
    b_0       relu_ge_pre_124  -1
    b_0       relu_ge_pre_126  -1
    b_0       relu_ge_pre_128  -1
    b_0       relu_ge_pre_130  -1
    b_0       relu_ge_pre_132  -1
    b_0       relu_ge_pre_134  -1
    b_0       relu_ge_pre_136  -1
    b_0       relu_ge_pre_138  -1
    b_0       relu_ge_pre_140  -1
    b_0       relu_ge_pre_142  -1
    b_0       relu_ge_pre_144  -1
    b_0       relu_ge_pre_146  -1
    b_0       relu_ge_pre_148  -1
    b_0       relu_ge_pre_150  -1
    b_0       relu_ge_pre_152  -1
    b_0       relu_ge_pre_154  -1
    b_0       relu_ge_pre_156  -1
    b_0       relu_ge_pre_158  -1
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
    b_0       relu_le_pre_100  -1
    b_0       relu_le_pre_102  -1
    b_0       relu_le_pre_104  -1
    b_0       relu_le_pre_106  -1
    b_0       relu_le_pre_108  -1
    b_0       relu_le_pre_110  -1
    b_0       relu_le_pre_112  -1
    b_0       relu_le_pre_114  -1
    b_0       relu_le_pre_116  -1
    b_0       relu_le_pre_118  -1
    b_0       relu_le_pre_120  -1
    b_0       relu_le_pre_122  -1
    b_0       relu_le_pre_124  -1
    b_0       relu_le_pre_126  -1
    b_0       relu_le_pre_128  -1
    b_0       relu_le_pre_130  -1
    b_0       relu_le_pre_132  -1
    b_0       relu_le_pre_134  -1
    b_0       relu_le_pre_136  -1
    b_0       relu_le_pre_138  -1
    b_0       relu_le_pre_140  -1
    b_0       relu_le_pre_142  -1
    b_0       relu_le_pre_144  -1
    b_0       relu_le_pre_146  -1
    b_0       relu_le_pre_148  -1
    b_0       relu_le_pre_150  -1
    b_0       relu_le_pre_152  -1
    b_0       relu_le_pre_154  -1
    b_0       relu_le_pre_156  -1
    b_0       relu_le_pre_158  -1
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
    b_1       relu_ge_pre_101  -1
    b_1       relu_ge_pre_103  -1
    b_1       relu_ge_pre_105  -1
    b_1       relu_ge_pre_107  -1
    b_1       relu_ge_pre_109  -1
    b_1       relu_ge_pre_111  -1
    b_1       relu_ge_pre_113  -1
    b_1       relu_ge_pre_115  -1
    b_1       relu_ge_pre_117  -1
    b_1       relu_ge_pre_119  -1
    b_1       relu_ge_pre_121  -1
    b_1       relu_ge_pre_123  -1
    b_1       relu_ge_pre_125  -1
    b_1       relu_ge_pre_127  -1
    b_1       relu_ge_pre_129  -1
    b_1       relu_ge_pre_131  -1
    b_1       relu_ge_pre_133  -1
    b_1       relu_ge_pre_135  -1
    b_1       relu_ge_pre_137  -1
    b_1       relu_ge_pre_139  -1
    b_1       relu_ge_pre_141  -1
    b_1       relu_ge_pre_143  -1
    b_1       relu_ge_pre_145  -1
    b_1       relu_ge_pre_147  -1
    b_1       relu_ge_pre_149  -1
    b_1       relu_ge_pre_151  -1
    b_1       relu_ge_pre_153  -1
    b_1       relu_ge_pre_155  -1
    b_1       relu_ge_pre_157  -1
    b_1       relu_ge_pre_159  -1
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
    b_1       relu_le_pre_101  -1
    b_1       relu_le_pre_103  -1
    b_1       relu_le_pre_105  -1
    b_1       relu_le_pre_107  -1
    b_1       relu_le_pre_109  -1
    b_1       relu_le_pre_111  -1
    b_1       relu_le_pre_113  -1
    b_1       relu_le_pre_115  -1
    b_1       relu_le_pre_117  -1
    b_1       relu_le_pre_119  -1
    b_1       relu_le_pre_121  -1
    b_1       relu_le_pre_123  -1
    b_1       relu_le_pre_125  -1
    b_1       relu_le_pre_127  -1
    b_1       relu_le_pre_129  -1
    b_1       relu_le_pre_131  -1
    b_1       relu_le_pre_133  -1
    b_1       relu_le_pre_135  -1
    b_1       relu_le_pre_137  -1
    b_1       relu_le_pre_139  -1
    b_1       relu_le_pre_141  -1
    b_1       relu_le_pre_143  -1
    b_1       relu_le_pre_145  -1
    b_1       relu_le_pre_147  -1
    b_1       relu_le_pre_149  -1
    b_1       relu_le_pre_151  -1
    b_1       relu_le_pre_153  -1
    b_1       relu_le_pre_155  -1
    b_1       relu_le_pre_157  -1
    b_1       relu_le_pre_159  -1
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
    h_40_0    relu_ge_pre_80  1
    h_40_0    relu_le_pre_80  1
    h_40_0    relu_le_onoff_80  1
    h_40_0    prod_le_h_80  -1
    h_40_0    prod_ge_80  -1
    h_40_0    max_upper_40  -1
    h_40_0    max_lower_40  -1
    h_40_1    relu_ge_pre_81  1
    h_40_1    relu_le_pre_81  1
    h_40_1    relu_le_onoff_81  1
    h_40_1    prod_le_h_81  -1
    h_40_1    prod_ge_81  -1
    h_40_1    max_upper_40  -1
    h_40_1    max_lower_40  -1
    h_41_0    relu_ge_pre_82  1
    h_41_0    relu_le_pre_82  1
    h_41_0    relu_le_onoff_82  1
    h_41_0    prod_le_h_82  -1
    h_41_0    prod_ge_82  -1
    h_41_0    max_upper_41  -1
    h_41_0    max_lower_41  -1
    h_41_1    relu_ge_pre_83  1
    h_41_1    relu_le_pre_83  1
    h_41_1    relu_le_onoff_83  1
    h_41_1    prod_le_h_83  -1
    h_41_1    prod_ge_83  -1
    h_41_1    max_upper_41  -1
    h_41_1    max_lower_41  -1
    h_42_0    relu_ge_pre_84  1
    h_42_0    relu_le_pre_84  1
    h_42_0    relu_le_onoff_84  1
    h_42_0    prod_le_h_84  -1
    h_42_0    prod_ge_84  -1
    h_42_0    max_upper_42  -1
    h_42_0    max_lower_42  -1
    h_42_1    relu_ge_pre_85  1
    h_42_1    relu_le_pre_85  1
    h_42_1    relu_le_onoff_85  1
    h_42_1    prod_le_h_85  -1
    h_42_1    prod_ge_85  -1
    h_42_1    max_upper_42  -1
    h_42_1    max_lower_42  -1
    h_43_0    relu_ge_pre_86  1
    h_43_0    relu_le_pre_86  1
    h_43_0    relu_le_onoff_86  1
    h_43_0    prod_le_h_86  -1
    h_43_0    prod_ge_86  -1
    h_43_0    max_upper_43  -1
    h_43_0    max_lower_43  -1
    h_43_1    relu_ge_pre_87  1
    h_43_1    relu_le_pre_87  1
    h_43_1    relu_le_onoff_87  1
    h_43_1    prod_le_h_87  -1
    h_43_1    prod_ge_87  -1
    h_43_1    max_upper_43  -1
    h_43_1    max_lower_43  -1
    h_44_0    relu_ge_pre_88  1
    h_44_0    relu_le_pre_88  1
    h_44_0    relu_le_onoff_88  1
    h_44_0    prod_le_h_88  -1
    h_44_0    prod_ge_88  -1
    h_44_0    max_upper_44  -1
    h_44_0    max_lower_44  -1
    h_44_1    relu_ge_pre_89  1
    h_44_1    relu_le_pre_89  1
    h_44_1    relu_le_onoff_89  1
    h_44_1    prod_le_h_89  -1
    h_44_1    prod_ge_89  -1
    h_44_1    max_upper_44  -1
    h_44_1    max_lower_44  -1
    h_45_0    relu_ge_pre_90  1
    h_45_0    relu_le_pre_90  1
    h_45_0    relu_le_onoff_90  1
    h_45_0    prod_le_h_90  -1
    h_45_0    prod_ge_90  -1
    h_45_0    max_upper_45  -1
    h_45_0    max_lower_45  -1
    h_45_1    relu_ge_pre_91  1
    h_45_1    relu_le_pre_91  1
    h_45_1    relu_le_onoff_91  1
    h_45_1    prod_le_h_91  -1
    h_45_1    prod_ge_91  -1
    h_45_1    max_upper_45  -1
    h_45_1    max_lower_45  -1
    h_46_0    relu_ge_pre_92  1
    h_46_0    relu_le_pre_92  1
    h_46_0    relu_le_onoff_92  1
    h_46_0    prod_le_h_92  -1
    h_46_0    prod_ge_92  -1
    h_46_0    max_upper_46  -1
    h_46_0    max_lower_46  -1
    h_46_1    relu_ge_pre_93  1
    h_46_1    relu_le_pre_93  1
    h_46_1    relu_le_onoff_93  1
    h_46_1    prod_le_h_93  -1
    h_46_1    prod_ge_93  -1
    h_46_1    max_upper_46  -1
    h_46_1    max_lower_46  -1
    h_47_0    relu_ge_pre_94  1
    h_47_0    relu_le_pre_94  1
    h_47_0    relu_le_onoff_94  1
    h_47_0    prod_le_h_94  -1
    h_47_0    prod_ge_94  -1
    h_47_0    max_upper_47  -1
    h_47_0    max_lower_47  -1
    h_47_1    relu_ge_pre_95  1
    h_47_1    relu_le_pre_95  1
    h_47_1    relu_le_onoff_95  1
    h_47_1    prod_le_h_95  -1
    h_47_1    prod_ge_95  -1
    h_47_1    max_upper_47  -1
    h_47_1    max_lower_47  -1
    h_48_0    relu_ge_pre_96  1
    h_48_0    relu_le_pre_96  1
    h_48_0    relu_le_onoff_96  1
    h_48_0    prod_le_h_96  -1
    h_48_0    prod_ge_96  -1
    h_48_0    max_upper_48  -1
    h_48_0    max_lower_48  -1
    h_48_1    relu_ge_pre_97  1
    h_48_1    relu_le_pre_97  1
    h_48_1    relu_le_onoff_97  1
    h_48_1    prod_le_h_97  -1
    h_48_1    prod_ge_97  -1
    h_48_1    max_upper_48  -1
    h_48_1    max_lower_48  -1
    h_49_0    relu_ge_pre_98  1
    h_49_0    relu_le_pre_98  1
    h_49_0    relu_le_onoff_98  1
    h_49_0    prod_le_h_98  -1
    h_49_0    prod_ge_98  -1
    h_49_0    max_upper_49  -1
    h_49_0    max_lower_49  -1
    h_49_1    relu_ge_pre_99  1
    h_49_1    relu_le_pre_99  1
    h_49_1    relu_le_onoff_99  1
    h_49_1    prod_le_h_99  -1
    h_49_1    prod_ge_99  -1
    h_49_1    max_upper_49  -1
    h_49_1    max_lower_49  -1
    h_50_0    relu_ge_pre_100  1
    h_50_0    relu_le_pre_100  1
    h_50_0    relu_le_onoff_100  1
    h_50_0    prod_le_h_100  -1
    h_50_0    prod_ge_100  -1
    h_50_0    max_upper_50  -1
    h_50_0    max_lower_50  -1
    h_50_1    relu_ge_pre_101  1
    h_50_1    relu_le_pre_101  1
    h_50_1    relu_le_onoff_101  1
    h_50_1    prod_le_h_101  -1
    h_50_1    prod_ge_101  -1
    h_50_1    max_upper_50  -1
    h_50_1    max_lower_50  -1
    h_51_0    relu_ge_pre_102  1
    h_51_0    relu_le_pre_102  1
    h_51_0    relu_le_onoff_102  1
    h_51_0    prod_le_h_102  -1
    h_51_0    prod_ge_102  -1
    h_51_0    max_upper_51  -1
    h_51_0    max_lower_51  -1
    h_51_1    relu_ge_pre_103  1
    h_51_1    relu_le_pre_103  1
    h_51_1    relu_le_onoff_103  1
    h_51_1    prod_le_h_103  -1
    h_51_1    prod_ge_103  -1
    h_51_1    max_upper_51  -1
    h_51_1    max_lower_51  -1
    h_52_0    relu_ge_pre_104  1
    h_52_0    relu_le_pre_104  1
    h_52_0    relu_le_onoff_104  1
    h_52_0    prod_le_h_104  -1
    h_52_0    prod_ge_104  -1
    h_52_0    max_upper_52  -1
    h_52_0    max_lower_52  -1
    h_52_1    relu_ge_pre_105  1
    h_52_1    relu_le_pre_105  1
    h_52_1    relu_le_onoff_105  1
    h_52_1    prod_le_h_105  -1
    h_52_1    prod_ge_105  -1
    h_52_1    max_upper_52  -1
    h_52_1    max_lower_52  -1
    h_53_0    relu_ge_pre_106  1
    h_53_0    relu_le_pre_106  1
    h_53_0    relu_le_onoff_106  1
    h_53_0    prod_le_h_106  -1
    h_53_0    prod_ge_106  -1
    h_53_0    max_upper_53  -1
    h_53_0    max_lower_53  -1
    h_53_1    relu_ge_pre_107  1
    h_53_1    relu_le_pre_107  1
    h_53_1    relu_le_onoff_107  1
    h_53_1    prod_le_h_107  -1
    h_53_1    prod_ge_107  -1
    h_53_1    max_upper_53  -1
    h_53_1    max_lower_53  -1
    h_54_0    relu_ge_pre_108  1
    h_54_0    relu_le_pre_108  1
    h_54_0    relu_le_onoff_108  1
    h_54_0    prod_le_h_108  -1
    h_54_0    prod_ge_108  -1
    h_54_0    max_upper_54  -1
    h_54_0    max_lower_54  -1
    h_54_1    relu_ge_pre_109  1
    h_54_1    relu_le_pre_109  1
    h_54_1    relu_le_onoff_109  1
    h_54_1    prod_le_h_109  -1
    h_54_1    prod_ge_109  -1
    h_54_1    max_upper_54  -1
    h_54_1    max_lower_54  -1
    h_55_0    relu_ge_pre_110  1
    h_55_0    relu_le_pre_110  1
    h_55_0    relu_le_onoff_110  1
    h_55_0    prod_le_h_110  -1
    h_55_0    prod_ge_110  -1
    h_55_0    max_upper_55  -1
    h_55_0    max_lower_55  -1
    h_55_1    relu_ge_pre_111  1
    h_55_1    relu_le_pre_111  1
    h_55_1    relu_le_onoff_111  1
    h_55_1    prod_le_h_111  -1
    h_55_1    prod_ge_111  -1
    h_55_1    max_upper_55  -1
    h_55_1    max_lower_55  -1
    h_56_0    relu_ge_pre_112  1
    h_56_0    relu_le_pre_112  1
    h_56_0    relu_le_onoff_112  1
    h_56_0    prod_le_h_112  -1
    h_56_0    prod_ge_112  -1
    h_56_0    max_upper_56  -1
    h_56_0    max_lower_56  -1
    h_56_1    relu_ge_pre_113  1
    h_56_1    relu_le_pre_113  1
    h_56_1    relu_le_onoff_113  1
    h_56_1    prod_le_h_113  -1
    h_56_1    prod_ge_113  -1
    h_56_1    max_upper_56  -1
    h_56_1    max_lower_56  -1
    h_57_0    relu_ge_pre_114  1
    h_57_0    relu_le_pre_114  1
    h_57_0    relu_le_onoff_114  1
    h_57_0    prod_le_h_114  -1
    h_57_0    prod_ge_114  -1
    h_57_0    max_upper_57  -1
    h_57_0    max_lower_57  -1
    h_57_1    relu_ge_pre_115  1
    h_57_1    relu_le_pre_115  1
    h_57_1    relu_le_onoff_115  1
    h_57_1    prod_le_h_115  -1
    h_57_1    prod_ge_115  -1
    h_57_1    max_upper_57  -1
    h_57_1    max_lower_57  -1
    h_58_0    relu_ge_pre_116  1
    h_58_0    relu_le_pre_116  1
    h_58_0    relu_le_onoff_116  1
    h_58_0    prod_le_h_116  -1
    h_58_0    prod_ge_116  -1
    h_58_0    max_upper_58  -1
    h_58_0    max_lower_58  -1
    h_58_1    relu_ge_pre_117  1
    h_58_1    relu_le_pre_117  1
    h_58_1    relu_le_onoff_117  1
    h_58_1    prod_le_h_117  -1
    h_58_1    prod_ge_117  -1
    h_58_1    max_upper_58  -1
    h_58_1    max_lower_58  -1
    h_59_0    relu_ge_pre_118  1
    h_59_0    relu_le_pre_118  1
    h_59_0    relu_le_onoff_118  1
    h_59_0    prod_le_h_118  -1
    h_59_0    prod_ge_118  -1
    h_59_0    max_upper_59  -1
    h_59_0    max_lower_59  -1
    h_59_1    relu_ge_pre_119  1
    h_59_1    relu_le_pre_119  1
    h_59_1    relu_le_onoff_119  1
    h_59_1    prod_le_h_119  -1
    h_59_1    prod_ge_119  -1
    h_59_1    max_upper_59  -1
    h_59_1    max_lower_59  -1
    h_60_0    relu_ge_pre_120  1
    h_60_0    relu_le_pre_120  1
    h_60_0    relu_le_onoff_120  1
    h_60_0    prod_le_h_120  -1
    h_60_0    prod_ge_120  -1
    h_60_0    max_upper_60  -1
    h_60_0    max_lower_60  -1
    h_60_1    relu_ge_pre_121  1
    h_60_1    relu_le_pre_121  1
    h_60_1    relu_le_onoff_121  1
    h_60_1    prod_le_h_121  -1
    h_60_1    prod_ge_121  -1
    h_60_1    max_upper_60  -1
    h_60_1    max_lower_60  -1
    h_61_0    relu_ge_pre_122  1
    h_61_0    relu_le_pre_122  1
    h_61_0    relu_le_onoff_122  1
    h_61_0    prod_le_h_122  -1
    h_61_0    prod_ge_122  -1
    h_61_0    max_upper_61  -1
    h_61_0    max_lower_61  -1
    h_61_1    relu_ge_pre_123  1
    h_61_1    relu_le_pre_123  1
    h_61_1    relu_le_onoff_123  1
    h_61_1    prod_le_h_123  -1
    h_61_1    prod_ge_123  -1
    h_61_1    max_upper_61  -1
    h_61_1    max_lower_61  -1
    h_62_0    relu_ge_pre_124  1
    h_62_0    relu_le_pre_124  1
    h_62_0    relu_le_onoff_124  1
    h_62_0    prod_le_h_124  -1
    h_62_0    prod_ge_124  -1
    h_62_0    max_upper_62  -1
    h_62_0    max_lower_62  -1
    h_62_1    relu_ge_pre_125  1
    h_62_1    relu_le_pre_125  1
    h_62_1    relu_le_onoff_125  1
    h_62_1    prod_le_h_125  -1
    h_62_1    prod_ge_125  -1
    h_62_1    max_upper_62  -1
    h_62_1    max_lower_62  -1
    h_63_0    relu_ge_pre_126  1
    h_63_0    relu_le_pre_126  1
    h_63_0    relu_le_onoff_126  1
    h_63_0    prod_le_h_126  -1
    h_63_0    prod_ge_126  -1
    h_63_0    max_upper_63  -1
    h_63_0    max_lower_63  -1
    h_63_1    relu_ge_pre_127  1
    h_63_1    relu_le_pre_127  1
    h_63_1    relu_le_onoff_127  1
    h_63_1    prod_le_h_127  -1
    h_63_1    prod_ge_127  -1
    h_63_1    max_upper_63  -1
    h_63_1    max_lower_63  -1
    h_64_0    relu_ge_pre_128  1
    h_64_0    relu_le_pre_128  1
    h_64_0    relu_le_onoff_128  1
    h_64_0    prod_le_h_128  -1
    h_64_0    prod_ge_128  -1
    h_64_0    max_upper_64  -1
    h_64_0    max_lower_64  -1
    h_64_1    relu_ge_pre_129  1
    h_64_1    relu_le_pre_129  1
    h_64_1    relu_le_onoff_129  1
    h_64_1    prod_le_h_129  -1
    h_64_1    prod_ge_129  -1
    h_64_1    max_upper_64  -1
    h_64_1    max_lower_64  -1
    h_65_0    relu_ge_pre_130  1
    h_65_0    relu_le_pre_130  1
    h_65_0    relu_le_onoff_130  1
    h_65_0    prod_le_h_130  -1
    h_65_0    prod_ge_130  -1
    h_65_0    max_upper_65  -1
    h_65_0    max_lower_65  -1
    h_65_1    relu_ge_pre_131  1
    h_65_1    relu_le_pre_131  1
    h_65_1    relu_le_onoff_131  1
    h_65_1    prod_le_h_131  -1
    h_65_1    prod_ge_131  -1
    h_65_1    max_upper_65  -1
    h_65_1    max_lower_65  -1
    h_66_0    relu_ge_pre_132  1
    h_66_0    relu_le_pre_132  1
    h_66_0    relu_le_onoff_132  1
    h_66_0    prod_le_h_132  -1
    h_66_0    prod_ge_132  -1
    h_66_0    max_upper_66  -1
    h_66_0    max_lower_66  -1
    h_66_1    relu_ge_pre_133  1
    h_66_1    relu_le_pre_133  1
    h_66_1    relu_le_onoff_133  1
    h_66_1    prod_le_h_133  -1
    h_66_1    prod_ge_133  -1
    h_66_1    max_upper_66  -1
    h_66_1    max_lower_66  -1
    h_67_0    relu_ge_pre_134  1
    h_67_0    relu_le_pre_134  1
    h_67_0    relu_le_onoff_134  1
    h_67_0    prod_le_h_134  -1
    h_67_0    prod_ge_134  -1
    h_67_0    max_upper_67  -1
    h_67_0    max_lower_67  -1
    h_67_1    relu_ge_pre_135  1
    h_67_1    relu_le_pre_135  1
    h_67_1    relu_le_onoff_135  1
    h_67_1    prod_le_h_135  -1
    h_67_1    prod_ge_135  -1
    h_67_1    max_upper_67  -1
    h_67_1    max_lower_67  -1
    h_68_0    relu_ge_pre_136  1
    h_68_0    relu_le_pre_136  1
    h_68_0    relu_le_onoff_136  1
    h_68_0    prod_le_h_136  -1
    h_68_0    prod_ge_136  -1
    h_68_0    max_upper_68  -1
    h_68_0    max_lower_68  -1
    h_68_1    relu_ge_pre_137  1
    h_68_1    relu_le_pre_137  1
    h_68_1    relu_le_onoff_137  1
    h_68_1    prod_le_h_137  -1
    h_68_1    prod_ge_137  -1
    h_68_1    max_upper_68  -1
    h_68_1    max_lower_68  -1
    h_69_0    relu_ge_pre_138  1
    h_69_0    relu_le_pre_138  1
    h_69_0    relu_le_onoff_138  1
    h_69_0    prod_le_h_138  -1
    h_69_0    prod_ge_138  -1
    h_69_0    max_upper_69  -1
    h_69_0    max_lower_69  -1
    h_69_1    relu_ge_pre_139  1
    h_69_1    relu_le_pre_139  1
    h_69_1    relu_le_onoff_139  1
    h_69_1    prod_le_h_139  -1
    h_69_1    prod_ge_139  -1
    h_69_1    max_upper_69  -1
    h_69_1    max_lower_69  -1
    h_70_0    relu_ge_pre_140  1
    h_70_0    relu_le_pre_140  1
    h_70_0    relu_le_onoff_140  1
    h_70_0    prod_le_h_140  -1
    h_70_0    prod_ge_140  -1
    h_70_0    max_upper_70  -1
    h_70_0    max_lower_70  -1
    h_70_1    relu_ge_pre_141  1
    h_70_1    relu_le_pre_141  1
    h_70_1    relu_le_onoff_141  1
    h_70_1    prod_le_h_141  -1
    h_70_1    prod_ge_141  -1
    h_70_1    max_upper_70  -1
    h_70_1    max_lower_70  -1
    h_71_0    relu_ge_pre_142  1
    h_71_0    relu_le_pre_142  1
    h_71_0    relu_le_onoff_142  1
    h_71_0    prod_le_h_142  -1
    h_71_0    prod_ge_142  -1
    h_71_0    max_upper_71  -1
    h_71_0    max_lower_71  -1
    h_71_1    relu_ge_pre_143  1
    h_71_1    relu_le_pre_143  1
    h_71_1    relu_le_onoff_143  1
    h_71_1    prod_le_h_143  -1
    h_71_1    prod_ge_143  -1
    h_71_1    max_upper_71  -1
    h_71_1    max_lower_71  -1
    h_72_0    relu_ge_pre_144  1
    h_72_0    relu_le_pre_144  1
    h_72_0    relu_le_onoff_144  1
    h_72_0    prod_le_h_144  -1
    h_72_0    prod_ge_144  -1
    h_72_0    max_upper_72  -1
    h_72_0    max_lower_72  -1
    h_72_1    relu_ge_pre_145  1
    h_72_1    relu_le_pre_145  1
    h_72_1    relu_le_onoff_145  1
    h_72_1    prod_le_h_145  -1
    h_72_1    prod_ge_145  -1
    h_72_1    max_upper_72  -1
    h_72_1    max_lower_72  -1
    h_73_0    relu_ge_pre_146  1
    h_73_0    relu_le_pre_146  1
    h_73_0    relu_le_onoff_146  1
    h_73_0    prod_le_h_146  -1
    h_73_0    prod_ge_146  -1
    h_73_0    max_upper_73  -1
    h_73_0    max_lower_73  -1
    h_73_1    relu_ge_pre_147  1
    h_73_1    relu_le_pre_147  1
    h_73_1    relu_le_onoff_147  1
    h_73_1    prod_le_h_147  -1
    h_73_1    prod_ge_147  -1
    h_73_1    max_upper_73  -1
    h_73_1    max_lower_73  -1
    h_74_0    relu_ge_pre_148  1
    h_74_0    relu_le_pre_148  1
    h_74_0    relu_le_onoff_148  1
    h_74_0    prod_le_h_148  -1
    h_74_0    prod_ge_148  -1
    h_74_0    max_upper_74  -1
    h_74_0    max_lower_74  -1
    h_74_1    relu_ge_pre_149  1
    h_74_1    relu_le_pre_149  1
    h_74_1    relu_le_onoff_149  1
    h_74_1    prod_le_h_149  -1
    h_74_1    prod_ge_149  -1
    h_74_1    max_upper_74  -1
    h_74_1    max_lower_74  -1
    h_75_0    relu_ge_pre_150  1
    h_75_0    relu_le_pre_150  1
    h_75_0    relu_le_onoff_150  1
    h_75_0    prod_le_h_150  -1
    h_75_0    prod_ge_150  -1
    h_75_0    max_upper_75  -1
    h_75_0    max_lower_75  -1
    h_75_1    relu_ge_pre_151  1
    h_75_1    relu_le_pre_151  1
    h_75_1    relu_le_onoff_151  1
    h_75_1    prod_le_h_151  -1
    h_75_1    prod_ge_151  -1
    h_75_1    max_upper_75  -1
    h_75_1    max_lower_75  -1
    h_76_0    relu_ge_pre_152  1
    h_76_0    relu_le_pre_152  1
    h_76_0    relu_le_onoff_152  1
    h_76_0    prod_le_h_152  -1
    h_76_0    prod_ge_152  -1
    h_76_0    max_upper_76  -1
    h_76_0    max_lower_76  -1
    h_76_1    relu_ge_pre_153  1
    h_76_1    relu_le_pre_153  1
    h_76_1    relu_le_onoff_153  1
    h_76_1    prod_le_h_153  -1
    h_76_1    prod_ge_153  -1
    h_76_1    max_upper_76  -1
    h_76_1    max_lower_76  -1
    h_77_0    relu_ge_pre_154  1
    h_77_0    relu_le_pre_154  1
    h_77_0    relu_le_onoff_154  1
    h_77_0    prod_le_h_154  -1
    h_77_0    prod_ge_154  -1
    h_77_0    max_upper_77  -1
    h_77_0    max_lower_77  -1
    h_77_1    relu_ge_pre_155  1
    h_77_1    relu_le_pre_155  1
    h_77_1    relu_le_onoff_155  1
    h_77_1    prod_le_h_155  -1
    h_77_1    prod_ge_155  -1
    h_77_1    max_upper_77  -1
    h_77_1    max_lower_77  -1
    h_78_0    relu_ge_pre_156  1
    h_78_0    relu_le_pre_156  1
    h_78_0    relu_le_onoff_156  1
    h_78_0    prod_le_h_156  -1
    h_78_0    prod_ge_156  -1
    h_78_0    max_upper_78  -1
    h_78_0    max_lower_78  -1
    h_78_1    relu_ge_pre_157  1
    h_78_1    relu_le_pre_157  1
    h_78_1    relu_le_onoff_157  1
    h_78_1    prod_le_h_157  -1
    h_78_1    prod_ge_157  -1
    h_78_1    max_upper_78  -1
    h_78_1    max_lower_78  -1
    h_79_0    relu_ge_pre_158  1
    h_79_0    relu_le_pre_158  1
    h_79_0    relu_le_onoff_158  1
    h_79_0    prod_le_h_158  -1
    h_79_0    prod_ge_158  -1
    h_79_0    max_upper_79  -1
    h_79_0    max_lower_79  -1
    h_79_1    relu_ge_pre_159  1
    h_79_1    relu_le_pre_159  1
    h_79_1    relu_le_onoff_159  1
    h_79_1    prod_le_h_159  -1
    h_79_1    prod_ge_159  -1
    h_79_1    max_upper_79  -1
    h_79_1    max_lower_79  -1
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  2.7904213066067864
    z_0_0     relu_le_onoff_0  -2.7904213066067864
    z_0_1     relu_le_pre_1  2.7904213066067864
    z_0_1     relu_le_onoff_1  -2.7904213066067864
    z_1_0     relu_le_pre_2  2.0547290377456182
    z_1_0     relu_le_onoff_2  -2.0547290377456182
    z_1_1     relu_le_pre_3  2.0547290377456182
    z_1_1     relu_le_onoff_3  -2.0547290377456182
    z_2_0     relu_le_pre_4  1.9586240176305407
    z_2_0     relu_le_onoff_4  -1.9586240176305407
    z_2_1     relu_le_pre_5  1.9586240176305407
    z_2_1     relu_le_onoff_5  -1.9586240176305407
    z_3_0     relu_le_pre_6  1.8179408841100677
    z_3_0     relu_le_onoff_6  -1.8179408841100677
    z_3_1     relu_le_pre_7  1.8179408841100677
    z_3_1     relu_le_onoff_7  -1.8179408841100677
    z_4_0     relu_le_pre_8  1.8014196474238215
    z_4_0     relu_le_onoff_8  -1.8014196474238215
    z_4_1     relu_le_pre_9  1.8014196474238215
    z_4_1     relu_le_onoff_9  -1.8014196474238215
    z_5_0     relu_le_pre_10  1.6322782218351992
    z_5_0     relu_le_onoff_10  -1.6322782218351992
    z_5_1     relu_le_pre_11  1.6322782218351992
    z_5_1     relu_le_onoff_11  -1.6322782218351992
    z_6_0     relu_le_pre_12  2.0568139222283932
    z_6_0     relu_le_onoff_12  -2.0568139222283932
    z_6_1     relu_le_pre_13  2.0568139222283932
    z_6_1     relu_le_onoff_13  -2.0568139222283932
    z_7_0     relu_le_pre_14  2.0351430465317053
    z_7_0     relu_le_onoff_14  -2.0351430465317053
    z_7_1     relu_le_pre_15  2.0351430465317053
    z_7_1     relu_le_onoff_15  -2.0351430465317053
    z_8_0     relu_le_pre_16  2.4598218229382924
    z_8_0     relu_le_onoff_16  -2.4598218229382924
    z_8_1     relu_le_pre_17  2.4598218229382924
    z_8_1     relu_le_onoff_17  -2.4598218229382924
    z_9_0     relu_le_pre_18  2.1377003119828943
    z_9_0     relu_le_onoff_18  -2.1377003119828943
    z_9_1     relu_le_pre_19  2.1377003119828943
    z_9_1     relu_le_onoff_19  -2.1377003119828943
    z_10_0    relu_le_pre_20  2.6999174078965398
    z_10_0    relu_le_onoff_20  -2.6999174078965398
    z_10_1    relu_le_pre_21  2.6999174078965398
    z_10_1    relu_le_onoff_21  -2.6999174078965398
    z_11_0    relu_le_pre_22  1.6542537879789052
    z_11_0    relu_le_onoff_22  -1.6542537879789052
    z_11_1    relu_le_pre_23  1.6542537879789052
    z_11_1    relu_le_onoff_23  -1.6542537879789052
    z_12_0    relu_le_pre_24  1.5501594522292506
    z_12_0    relu_le_onoff_24  -1.5501594522292506
    z_12_1    relu_le_pre_25  1.5501594522292506
    z_12_1    relu_le_onoff_25  -1.5501594522292506
    z_13_0    relu_le_pre_26  1.9923259323360092
    z_13_0    relu_le_onoff_26  -1.9923259323360092
    z_13_1    relu_le_pre_27  1.9923259323360092
    z_13_1    relu_le_onoff_27  -1.9923259323360092
    z_14_0    relu_le_pre_28  1.8370564045438491
    z_14_0    relu_le_onoff_28  -1.8370564045438491
    z_14_1    relu_le_pre_29  1.8370564045438491
    z_14_1    relu_le_onoff_29  -1.8370564045438491
    z_15_0    relu_le_pre_30  2.7690128912424838
    z_15_0    relu_le_onoff_30  -2.7690128912424838
    z_15_1    relu_le_pre_31  2.7690128912424838
    z_15_1    relu_le_onoff_31  -2.7690128912424838
    z_16_0    relu_le_pre_32  1.4077767215400523
    z_16_0    relu_le_onoff_32  -1.4077767215400523
    z_16_1    relu_le_pre_33  1.4077767215400523
    z_16_1    relu_le_onoff_33  -1.4077767215400523
    z_17_0    relu_le_pre_34  1.5095228718904665
    z_17_0    relu_le_onoff_34  -1.5095228718904665
    z_17_1    relu_le_pre_35  1.5095228718904665
    z_17_1    relu_le_onoff_35  -1.5095228718904665
    z_18_0    relu_le_pre_36  1.9597171094628658
    z_18_0    relu_le_onoff_36  -1.9597171094628658
    z_18_1    relu_le_pre_37  1.9597171094628658
    z_18_1    relu_le_onoff_37  -1.9597171094628658
    z_19_0    relu_le_pre_38  1.9821665067903715
    z_19_0    relu_le_onoff_38  -1.9821665067903715
    z_19_1    relu_le_pre_39  1.9821665067903715
    z_19_1    relu_le_onoff_39  -1.9821665067903715
    z_20_0    relu_le_pre_40  1.9601178422017316
    z_20_0    relu_le_onoff_40  -1.9601178422017316
    z_20_1    relu_le_pre_41  1.9601178422017316
    z_20_1    relu_le_onoff_41  -1.9601178422017316
    z_21_0    relu_le_pre_42  2.6411644483395129
    z_21_0    relu_le_onoff_42  -2.6411644483395129
    z_21_1    relu_le_pre_43  2.6411644483395129
    z_21_1    relu_le_onoff_43  -2.6411644483395129
    z_22_0    relu_le_pre_44  1.7211725811641316
    z_22_0    relu_le_onoff_44  -1.7211725811641316
    z_22_1    relu_le_pre_45  1.7211725811641316
    z_22_1    relu_le_onoff_45  -1.7211725811641316
    z_23_0    relu_le_pre_46  1.3682443906834916
    z_23_0    relu_le_onoff_46  -1.3682443906834916
    z_23_1    relu_le_pre_47  1.3682443906834916
    z_23_1    relu_le_onoff_47  -1.3682443906834916
    z_24_0    relu_le_pre_48  1.7977425346175744
    z_24_0    relu_le_onoff_48  -1.7977425346175744
    z_24_1    relu_le_pre_49  1.7977425346175744
    z_24_1    relu_le_onoff_49  -1.7977425346175744
    z_25_0    relu_le_pre_50  2.1187739040906348
    z_25_0    relu_le_onoff_50  -2.1187739040906348
    z_25_1    relu_le_pre_51  2.1187739040906348
    z_25_1    relu_le_onoff_51  -2.1187739040906348
    z_26_0    relu_le_pre_52  1.3625426433213768
    z_26_0    relu_le_onoff_52  -1.3625426433213768
    z_26_1    relu_le_pre_53  1.3625426433213768
    z_26_1    relu_le_onoff_53  -1.3625426433213768
    z_27_0    relu_le_pre_54  2.8177488897163205
    z_27_0    relu_le_onoff_54  -2.8177488897163205
    z_27_1    relu_le_pre_55  2.8177488897163205
    z_27_1    relu_le_onoff_55  -2.8177488897163205
    z_28_0    relu_le_pre_56  2.6737310518552206
    z_28_0    relu_le_onoff_56  -2.6737310518552206
    z_28_1    relu_le_pre_57  2.6737310518552206
    z_28_1    relu_le_onoff_57  -2.6737310518552206
    z_29_0    relu_le_pre_58  1.82514240524452
    z_29_0    relu_le_onoff_58  -1.82514240524452
    z_29_1    relu_le_pre_59  1.82514240524452
    z_29_1    relu_le_onoff_59  -1.82514240524452
    z_30_0    relu_le_pre_60  2.2595652866482343
    z_30_0    relu_le_onoff_60  -2.2595652866482343
    z_30_1    relu_le_pre_61  2.2595652866482343
    z_30_1    relu_le_onoff_61  -2.2595652866482343
    z_31_0    relu_le_pre_62  1.6915654048740192
    z_31_0    relu_le_onoff_62  -1.6915654048740192
    z_31_1    relu_le_pre_63  1.6915654048740192
    z_31_1    relu_le_onoff_63  -1.6915654048740192
    z_32_0    relu_le_pre_64  1.2276789667325225
    z_32_0    relu_le_onoff_64  -1.2276789667325225
    z_32_1    relu_le_pre_65  1.2276789667325225
    z_32_1    relu_le_onoff_65  -1.2276789667325225
    z_33_0    relu_le_pre_66  2.319210988273503
    z_33_0    relu_le_onoff_66  -2.319210988273503
    z_33_1    relu_le_pre_67  2.319210988273503
    z_33_1    relu_le_onoff_67  -2.319210988273503
    z_34_0    relu_le_pre_68  1.9317085108031382
    z_34_0    relu_le_onoff_68  -1.9317085108031382
    z_34_1    relu_le_pre_69  1.9317085108031382
    z_34_1    relu_le_onoff_69  -1.9317085108031382
    z_35_0    relu_le_pre_70  2.4981994218543457
    z_35_0    relu_le_onoff_70  -2.4981994218543457
    z_35_1    relu_le_pre_71  2.4981994218543457
    z_35_1    relu_le_onoff_71  -2.4981994218543457
    z_36_0    relu_le_pre_72  1.3983755497727617
    z_36_0    relu_le_onoff_72  -1.3983755497727617
    z_36_1    relu_le_pre_73  1.3983755497727617
    z_36_1    relu_le_onoff_73  -1.3983755497727617
    z_37_0    relu_le_pre_74  2.1778712505441709
    z_37_0    relu_le_onoff_74  -2.1778712505441709
    z_37_1    relu_le_pre_75  2.1778712505441709
    z_37_1    relu_le_onoff_75  -2.1778712505441709
    z_38_0    relu_le_pre_76  1.6324282687026572
    z_38_0    relu_le_onoff_76  -1.6324282687026572
    z_38_1    relu_le_pre_77  1.6324282687026572
    z_38_1    relu_le_onoff_77  -1.6324282687026572
    z_39_0    relu_le_pre_78  1.8489262488948512
    z_39_0    relu_le_onoff_78  -1.8489262488948512
    z_39_1    relu_le_pre_79  1.8489262488948512
    z_39_1    relu_le_onoff_79  -1.8489262488948512
    z_40_0    relu_le_pre_80  1.8135169234325847
    z_40_0    relu_le_onoff_80  -1.8135169234325847
    z_40_1    relu_le_pre_81  1.8135169234325847
    z_40_1    relu_le_onoff_81  -1.8135169234325847
    z_41_0    relu_le_pre_82  1.933818421757475
    z_41_0    relu_le_onoff_82  -1.933818421757475
    z_41_1    relu_le_pre_83  1.933818421757475
    z_41_1    relu_le_onoff_83  -1.933818421757475
    z_42_0    relu_le_pre_84  1.4593780437900887
    z_42_0    relu_le_onoff_84  -1.4593780437900887
    z_42_1    relu_le_pre_85  1.4593780437900887
    z_42_1    relu_le_onoff_85  -1.4593780437900887
    z_43_0    relu_le_pre_86  2.0832158212455387
    z_43_0    relu_le_onoff_86  -2.0832158212455387
    z_43_1    relu_le_pre_87  2.0832158212455387
    z_43_1    relu_le_onoff_87  -2.0832158212455387
    z_44_0    relu_le_pre_88  1.562327893002734
    z_44_0    relu_le_onoff_88  -1.562327893002734
    z_44_1    relu_le_pre_89  1.562327893002734
    z_44_1    relu_le_onoff_89  -1.562327893002734
    z_45_0    relu_le_pre_90  1.1389836799400814
    z_45_0    relu_le_onoff_90  -1.1389836799400814
    z_45_1    relu_le_pre_91  1.1389836799400814
    z_45_1    relu_le_onoff_91  -1.1389836799400814
    z_46_0    relu_le_pre_92  1.7547498219063777
    z_46_0    relu_le_onoff_92  -1.7547498219063777
    z_46_1    relu_le_pre_93  1.7547498219063777
    z_46_1    relu_le_onoff_93  -1.7547498219063777
    z_47_0    relu_le_pre_94  1.8536708148224983
    z_47_0    relu_le_onoff_94  -1.8536708148224983
    z_47_1    relu_le_pre_95  1.8536708148224983
    z_47_1    relu_le_onoff_95  -1.8536708148224983
    z_48_0    relu_le_pre_96  1.7760909474218425
    z_48_0    relu_le_onoff_96  -1.7760909474218425
    z_48_1    relu_le_pre_97  1.7760909474218425
    z_48_1    relu_le_onoff_97  -1.7760909474218425
    z_49_0    relu_le_pre_98  2.1229587543141069
    z_49_0    relu_le_onoff_98  -2.1229587543141069
    z_49_1    relu_le_pre_99  2.1229587543141069
    z_49_1    relu_le_onoff_99  -2.1229587543141069
    z_50_0    relu_le_pre_100  1.3440461130159798
    z_50_0    relu_le_onoff_100  -1.3440461130159798
    z_50_1    relu_le_pre_101  1.3440461130159798
    z_50_1    relu_le_onoff_101  -1.3440461130159798
    z_51_0    relu_le_pre_102  1.8504820584206159
    z_51_0    relu_le_onoff_102  -1.8504820584206159
    z_51_1    relu_le_pre_103  1.8504820584206159
    z_51_1    relu_le_onoff_103  -1.8504820584206159
    z_52_0    relu_le_pre_104  2.3374271933433155
    z_52_0    relu_le_onoff_104  -2.3374271933433155
    z_52_1    relu_le_pre_105  2.3374271933433155
    z_52_1    relu_le_onoff_105  -2.3374271933433155
    z_53_0    relu_le_pre_106  1.9034448777130331
    z_53_0    relu_le_onoff_106  -1.9034448777130331
    z_53_1    relu_le_pre_107  1.9034448777130331
    z_53_1    relu_le_onoff_107  -1.9034448777130331
    z_54_0    relu_le_pre_108  1.6581617607900037
    z_54_0    relu_le_onoff_108  -1.6581617607900037
    z_54_1    relu_le_pre_109  1.6581617607900037
    z_54_1    relu_le_onoff_109  -1.6581617607900037
    z_55_0    relu_le_pre_110  1.8289218595536112
    z_55_0    relu_le_onoff_110  -1.8289218595536112
    z_55_1    relu_le_pre_111  1.8289218595536112
    z_55_1    relu_le_onoff_111  -1.8289218595536112
    z_56_0    relu_le_pre_112  1.7144939627356879
    z_56_0    relu_le_onoff_112  -1.7144939627356879
    z_56_1    relu_le_pre_113  1.7144939627356879
    z_56_1    relu_le_onoff_113  -1.7144939627356879
    z_57_0    relu_le_pre_114  1.5469228308801171
    z_57_0    relu_le_onoff_114  -1.5469228308801171
    z_57_1    relu_le_pre_115  1.5469228308801171
    z_57_1    relu_le_onoff_115  -1.5469228308801171
    z_58_0    relu_le_pre_116  1.5944563042886621
    z_58_0    relu_le_onoff_116  -1.5944563042886621
    z_58_1    relu_le_pre_117  1.5944563042886621
    z_58_1    relu_le_onoff_117  -1.5944563042886621
    z_59_0    relu_le_pre_118  2.0292593396037519
    z_59_0    relu_le_onoff_118  -2.0292593396037519
    z_59_1    relu_le_pre_119  2.0292593396037519
    z_59_1    relu_le_onoff_119  -2.0292593396037519
    z_60_0    relu_le_pre_120  1.3345982607321365
    z_60_0    relu_le_onoff_120  -1.3345982607321365
    z_60_1    relu_le_pre_121  1.3345982607321365
    z_60_1    relu_le_onoff_121  -1.3345982607321365
    z_61_0    relu_le_pre_122  2.1282541972007598
    z_61_0    relu_le_onoff_122  -2.1282541972007598
    z_61_1    relu_le_pre_123  2.1282541972007598
    z_61_1    relu_le_onoff_123  -2.1282541972007598
    z_62_0    relu_le_pre_124  2.4013195463838022
    z_62_0    relu_le_onoff_124  -2.4013195463838022
    z_62_1    relu_le_pre_125  2.4013195463838022
    z_62_1    relu_le_onoff_125  -2.4013195463838022
    z_63_0    relu_le_pre_126  2.3496362775313364
    z_63_0    relu_le_onoff_126  -2.3496362775313364
    z_63_1    relu_le_pre_127  2.3496362775313364
    z_63_1    relu_le_onoff_127  -2.3496362775313364
    z_64_0    relu_le_pre_128  2.1427101102086201
    z_64_0    relu_le_onoff_128  -2.1427101102086201
    z_64_1    relu_le_pre_129  2.1427101102086201
    z_64_1    relu_le_onoff_129  -2.1427101102086201
    z_65_0    relu_le_pre_130  2.3681943624117285
    z_65_0    relu_le_onoff_130  -2.3681943624117285
    z_65_1    relu_le_pre_131  2.3681943624117285
    z_65_1    relu_le_onoff_131  -2.3681943624117285
    z_66_0    relu_le_pre_132  1.4373139512522883
    z_66_0    relu_le_onoff_132  -1.4373139512522883
    z_66_1    relu_le_pre_133  1.4373139512522883
    z_66_1    relu_le_onoff_133  -1.4373139512522883
    z_67_0    relu_le_pre_134  1.9237569675436188
    z_67_0    relu_le_onoff_134  -1.9237569675436188
    z_67_1    relu_le_pre_135  1.9237569675436188
    z_67_1    relu_le_onoff_135  -1.9237569675436188
    z_68_0    relu_le_pre_136  2.4210835928523009
    z_68_0    relu_le_onoff_136  -2.4210835928523009
    z_68_1    relu_le_pre_137  2.4210835928523009
    z_68_1    relu_le_onoff_137  -2.4210835928523009
    z_69_0    relu_le_pre_138  2.2743729931164003
    z_69_0    relu_le_onoff_138  -2.2743729931164003
    z_69_1    relu_le_pre_139  2.2743729931164003
    z_69_1    relu_le_onoff_139  -2.2743729931164003
    z_70_0    relu_le_pre_140  1.5137205654517385
    z_70_0    relu_le_onoff_140  -1.5137205654517385
    z_70_1    relu_le_pre_141  1.5137205654517385
    z_70_1    relu_le_onoff_141  -1.5137205654517385
    z_71_0    relu_le_pre_142  2.5676958392797267
    z_71_0    relu_le_onoff_142  -2.5676958392797267
    z_71_1    relu_le_pre_143  2.5676958392797267
    z_71_1    relu_le_onoff_143  -2.5676958392797267
    z_72_0    relu_le_pre_144  2.7403856085729172
    z_72_0    relu_le_onoff_144  -2.7403856085729172
    z_72_1    relu_le_pre_145  2.7403856085729172
    z_72_1    relu_le_onoff_145  -2.7403856085729172
    z_73_0    relu_le_pre_146  2.2810155477845369
    z_73_0    relu_le_onoff_146  -2.2810155477845369
    z_73_1    relu_le_pre_147  2.2810155477845369
    z_73_1    relu_le_onoff_147  -2.2810155477845369
    z_74_0    relu_le_pre_148  2.6768014785435059
    z_74_0    relu_le_onoff_148  -2.6768014785435059
    z_74_1    relu_le_pre_149  2.6768014785435059
    z_74_1    relu_le_onoff_149  -2.6768014785435059
    z_75_0    relu_le_pre_150  1.5796616680304638
    z_75_0    relu_le_onoff_150  -1.5796616680304638
    z_75_1    relu_le_pre_151  1.5796616680304638
    z_75_1    relu_le_onoff_151  -1.5796616680304638
    z_76_0    relu_le_pre_152  2.0449646345687569
    z_76_0    relu_le_onoff_152  -2.0449646345687569
    z_76_1    relu_le_pre_153  2.0449646345687569
    z_76_1    relu_le_onoff_153  -2.0449646345687569
    z_77_0    relu_le_pre_154  1.5243762546559045
    z_77_0    relu_le_onoff_154  -1.5243762546559045
    z_77_1    relu_le_pre_155  1.5243762546559045
    z_77_1    relu_le_onoff_155  -1.5243762546559045
    z_78_0    relu_le_pre_156  2.8575807015148236
    z_78_0    relu_le_onoff_156  -2.8575807015148236
    z_78_1    relu_le_pre_157  2.8575807015148236
    z_78_1    relu_le_onoff_157  -2.8575807015148236
    z_79_0    relu_le_pre_158  2.0411543542924315
    z_79_0    relu_le_onoff_158  -2.0411543542924315
    z_79_1    relu_le_pre_159  2.0411543542924315
    z_79_1    relu_le_onoff_159  -2.0411543542924315
    sgn_0     prod_le_sign_0  -2.7904213066067864
    sgn_0     prod_le_sign_2  -2.0547290377456182
    sgn_0     prod_le_sign_4  -1.9586240176305407
    sgn_0     prod_le_sign_6  -1.8179408841100677
    sgn_0     prod_le_sign_8  -1.8014196474238215
    sgn_0     prod_le_sign_10  -1.6322782218351992
    sgn_0     prod_le_sign_12  -2.0568139222283932
    sgn_0     prod_le_sign_14  -2.0351430465317053
    sgn_0     prod_le_sign_16  -2.4598218229382924
    sgn_0     prod_le_sign_18  -2.1377003119828943
    sgn_0     prod_le_sign_20  -2.6999174078965398
    sgn_0     prod_le_sign_22  -1.6542537879789052
    sgn_0     prod_le_sign_24  -1.5501594522292506
    sgn_0     prod_le_sign_26  -1.9923259323360092
    sgn_0     prod_le_sign_28  -1.8370564045438491
    sgn_0     prod_le_sign_30  -2.7690128912424838
    sgn_0     prod_le_sign_32  -1.4077767215400523
    sgn_0     prod_le_sign_34  -1.5095228718904665
    sgn_0     prod_le_sign_36  -1.9597171094628658
    sgn_0     prod_le_sign_38  -1.9821665067903715
    sgn_0     prod_le_sign_40  -1.9601178422017316
    sgn_0     prod_le_sign_42  -2.6411644483395129
    sgn_0     prod_le_sign_44  -1.7211725811641316
    sgn_0     prod_le_sign_46  -1.3682443906834916
    sgn_0     prod_le_sign_48  -1.7977425346175744
    sgn_0     prod_le_sign_50  -2.1187739040906348
    sgn_0     prod_le_sign_52  -1.3625426433213768
    sgn_0     prod_le_sign_54  -2.8177488897163205
    sgn_0     prod_le_sign_56  -2.6737310518552206
    sgn_0     prod_le_sign_58  -1.82514240524452
    sgn_0     prod_le_sign_60  -2.2595652866482343
    sgn_0     prod_le_sign_62  -1.6915654048740192
    sgn_0     prod_le_sign_64  -1.2276789667325225
    sgn_0     prod_le_sign_66  -2.319210988273503
    sgn_0     prod_le_sign_68  -1.9317085108031382
    sgn_0     prod_le_sign_70  -2.4981994218543457
    sgn_0     prod_le_sign_72  -1.3983755497727617
    sgn_0     prod_le_sign_74  -2.1778712505441709
    sgn_0     prod_le_sign_76  -1.6324282687026572
    sgn_0     prod_le_sign_78  -1.8489262488948512
    sgn_0     prod_le_sign_80  -1.8135169234325847
    sgn_0     prod_le_sign_82  -1.933818421757475
    sgn_0     prod_le_sign_84  -1.4593780437900887
    sgn_0     prod_le_sign_86  -2.0832158212455387
    sgn_0     prod_le_sign_88  -1.562327893002734
    sgn_0     prod_le_sign_90  -1.1389836799400814
    sgn_0     prod_le_sign_92  -1.7547498219063777
    sgn_0     prod_le_sign_94  -1.8536708148224983
    sgn_0     prod_le_sign_96  -1.7760909474218425
    sgn_0     prod_le_sign_98  -2.1229587543141069
    sgn_0     prod_le_sign_100  -1.3440461130159798
    sgn_0     prod_le_sign_102  -1.8504820584206159
    sgn_0     prod_le_sign_104  -2.3374271933433155
    sgn_0     prod_le_sign_106  -1.9034448777130331
    sgn_0     prod_le_sign_108  -1.6581617607900037
    sgn_0     prod_le_sign_110  -1.8289218595536112
    sgn_0     prod_le_sign_112  -1.7144939627356879
    sgn_0     prod_le_sign_114  -1.5469228308801171
    sgn_0     prod_le_sign_116  -1.5944563042886621
    sgn_0     prod_le_sign_118  -2.0292593396037519
    sgn_0     prod_le_sign_120  -1.3345982607321365
    sgn_0     prod_le_sign_122  -2.1282541972007598
    sgn_0     prod_le_sign_124  -2.4013195463838022
    sgn_0     prod_le_sign_126  -2.3496362775313364
    sgn_0     prod_le_sign_128  -2.1427101102086201
    sgn_0     prod_le_sign_130  -2.3681943624117285
    sgn_0     prod_le_sign_132  -1.4373139512522883
    sgn_0     prod_le_sign_134  -1.9237569675436188
    sgn_0     prod_le_sign_136  -2.4210835928523009
    sgn_0     prod_le_sign_138  -2.2743729931164003
    sgn_0     prod_le_sign_140  -1.5137205654517385
    sgn_0     prod_le_sign_142  -2.5676958392797267
    sgn_0     prod_le_sign_144  -2.7403856085729172
    sgn_0     prod_le_sign_146  -2.2810155477845369
    sgn_0     prod_le_sign_148  -2.6768014785435059
    sgn_0     prod_le_sign_150  -1.5796616680304638
    sgn_0     prod_le_sign_152  -2.0449646345687569
    sgn_0     prod_le_sign_154  -1.5243762546559045
    sgn_0     prod_le_sign_156  -2.8575807015148236
    sgn_0     prod_le_sign_158  -2.0411543542924315
    sgn_0     prod_ge_0  -2.7904213066067864
    sgn_0     prod_ge_2  -2.0547290377456182
    sgn_0     prod_ge_4  -1.9586240176305407
    sgn_0     prod_ge_6  -1.8179408841100677
    sgn_0     prod_ge_8  -1.8014196474238215
    sgn_0     prod_ge_10  -1.6322782218351992
    sgn_0     prod_ge_12  -2.0568139222283932
    sgn_0     prod_ge_14  -2.0351430465317053
    sgn_0     prod_ge_16  -2.4598218229382924
    sgn_0     prod_ge_18  -2.1377003119828943
    sgn_0     prod_ge_20  -2.6999174078965398
    sgn_0     prod_ge_22  -1.6542537879789052
    sgn_0     prod_ge_24  -1.5501594522292506
    sgn_0     prod_ge_26  -1.9923259323360092
    sgn_0     prod_ge_28  -1.8370564045438491
    sgn_0     prod_ge_30  -2.7690128912424838
    sgn_0     prod_ge_32  -1.4077767215400523
    sgn_0     prod_ge_34  -1.5095228718904665
    sgn_0     prod_ge_36  -1.9597171094628658
    sgn_0     prod_ge_38  -1.9821665067903715
    sgn_0     prod_ge_40  -1.9601178422017316
    sgn_0     prod_ge_42  -2.6411644483395129
    sgn_0     prod_ge_44  -1.7211725811641316
    sgn_0     prod_ge_46  -1.3682443906834916
    sgn_0     prod_ge_48  -1.7977425346175744
    sgn_0     prod_ge_50  -2.1187739040906348
    sgn_0     prod_ge_52  -1.3625426433213768
    sgn_0     prod_ge_54  -2.8177488897163205
    sgn_0     prod_ge_56  -2.6737310518552206
    sgn_0     prod_ge_58  -1.82514240524452
    sgn_0     prod_ge_60  -2.2595652866482343
    sgn_0     prod_ge_62  -1.6915654048740192
    sgn_0     prod_ge_64  -1.2276789667325225
    sgn_0     prod_ge_66  -2.319210988273503
    sgn_0     prod_ge_68  -1.9317085108031382
    sgn_0     prod_ge_70  -2.4981994218543457
    sgn_0     prod_ge_72  -1.3983755497727617
    sgn_0     prod_ge_74  -2.1778712505441709
    sgn_0     prod_ge_76  -1.6324282687026572
    sgn_0     prod_ge_78  -1.8489262488948512
    sgn_0     prod_ge_80  -1.8135169234325847
    sgn_0     prod_ge_82  -1.933818421757475
    sgn_0     prod_ge_84  -1.4593780437900887
    sgn_0     prod_ge_86  -2.0832158212455387
    sgn_0     prod_ge_88  -1.562327893002734
    sgn_0     prod_ge_90  -1.1389836799400814
    sgn_0     prod_ge_92  -1.7547498219063777
    sgn_0     prod_ge_94  -1.8536708148224983
    sgn_0     prod_ge_96  -1.7760909474218425
    sgn_0     prod_ge_98  -2.1229587543141069
    sgn_0     prod_ge_100  -1.3440461130159798
    sgn_0     prod_ge_102  -1.8504820584206159
    sgn_0     prod_ge_104  -2.3374271933433155
    sgn_0     prod_ge_106  -1.9034448777130331
    sgn_0     prod_ge_108  -1.6581617607900037
    sgn_0     prod_ge_110  -1.8289218595536112
    sgn_0     prod_ge_112  -1.7144939627356879
    sgn_0     prod_ge_114  -1.5469228308801171
    sgn_0     prod_ge_116  -1.5944563042886621
    sgn_0     prod_ge_118  -2.0292593396037519
    sgn_0     prod_ge_120  -1.3345982607321365
    sgn_0     prod_ge_122  -2.1282541972007598
    sgn_0     prod_ge_124  -2.4013195463838022
    sgn_0     prod_ge_126  -2.3496362775313364
    sgn_0     prod_ge_128  -2.1427101102086201
    sgn_0     prod_ge_130  -2.3681943624117285
    sgn_0     prod_ge_132  -1.4373139512522883
    sgn_0     prod_ge_134  -1.9237569675436188
    sgn_0     prod_ge_136  -2.4210835928523009
    sgn_0     prod_ge_138  -2.2743729931164003
    sgn_0     prod_ge_140  -1.5137205654517385
    sgn_0     prod_ge_142  -2.5676958392797267
    sgn_0     prod_ge_144  -2.7403856085729172
    sgn_0     prod_ge_146  -2.2810155477845369
    sgn_0     prod_ge_148  -2.6768014785435059
    sgn_0     prod_ge_150  -1.5796616680304638
    sgn_0     prod_ge_152  -2.0449646345687569
    sgn_0     prod_ge_154  -1.5243762546559045
    sgn_0     prod_ge_156  -2.8575807015148236
    sgn_0     prod_ge_158  -2.0411543542924315
    sgn_0     symmetry_sign_0  1
    sgn_0     symmetry_bias_0  2
    sgn_1     prod_le_sign_1  -2.7904213066067864
    sgn_1     prod_le_sign_3  -2.0547290377456182
    sgn_1     prod_le_sign_5  -1.9586240176305407
    sgn_1     prod_le_sign_7  -1.8179408841100677
    sgn_1     prod_le_sign_9  -1.8014196474238215
    sgn_1     prod_le_sign_11  -1.6322782218351992
    sgn_1     prod_le_sign_13  -2.0568139222283932
    sgn_1     prod_le_sign_15  -2.0351430465317053
    sgn_1     prod_le_sign_17  -2.4598218229382924
    sgn_1     prod_le_sign_19  -2.1377003119828943
    sgn_1     prod_le_sign_21  -2.6999174078965398
    sgn_1     prod_le_sign_23  -1.6542537879789052
    sgn_1     prod_le_sign_25  -1.5501594522292506
    sgn_1     prod_le_sign_27  -1.9923259323360092
    sgn_1     prod_le_sign_29  -1.8370564045438491
    sgn_1     prod_le_sign_31  -2.7690128912424838
    sgn_1     prod_le_sign_33  -1.4077767215400523
    sgn_1     prod_le_sign_35  -1.5095228718904665
    sgn_1     prod_le_sign_37  -1.9597171094628658
    sgn_1     prod_le_sign_39  -1.9821665067903715
    sgn_1     prod_le_sign_41  -1.9601178422017316
    sgn_1     prod_le_sign_43  -2.6411644483395129
    sgn_1     prod_le_sign_45  -1.7211725811641316
    sgn_1     prod_le_sign_47  -1.3682443906834916
    sgn_1     prod_le_sign_49  -1.7977425346175744
    sgn_1     prod_le_sign_51  -2.1187739040906348
    sgn_1     prod_le_sign_53  -1.3625426433213768
    sgn_1     prod_le_sign_55  -2.8177488897163205
    sgn_1     prod_le_sign_57  -2.6737310518552206
    sgn_1     prod_le_sign_59  -1.82514240524452
    sgn_1     prod_le_sign_61  -2.2595652866482343
    sgn_1     prod_le_sign_63  -1.6915654048740192
    sgn_1     prod_le_sign_65  -1.2276789667325225
    sgn_1     prod_le_sign_67  -2.319210988273503
    sgn_1     prod_le_sign_69  -1.9317085108031382
    sgn_1     prod_le_sign_71  -2.4981994218543457
    sgn_1     prod_le_sign_73  -1.3983755497727617
    sgn_1     prod_le_sign_75  -2.1778712505441709
    sgn_1     prod_le_sign_77  -1.6324282687026572
    sgn_1     prod_le_sign_79  -1.8489262488948512
    sgn_1     prod_le_sign_81  -1.8135169234325847
    sgn_1     prod_le_sign_83  -1.933818421757475
    sgn_1     prod_le_sign_85  -1.4593780437900887
    sgn_1     prod_le_sign_87  -2.0832158212455387
    sgn_1     prod_le_sign_89  -1.562327893002734
    sgn_1     prod_le_sign_91  -1.1389836799400814
    sgn_1     prod_le_sign_93  -1.7547498219063777
    sgn_1     prod_le_sign_95  -1.8536708148224983
    sgn_1     prod_le_sign_97  -1.7760909474218425
    sgn_1     prod_le_sign_99  -2.1229587543141069
    sgn_1     prod_le_sign_101  -1.3440461130159798
    sgn_1     prod_le_sign_103  -1.8504820584206159
    sgn_1     prod_le_sign_105  -2.3374271933433155
    sgn_1     prod_le_sign_107  -1.9034448777130331
    sgn_1     prod_le_sign_109  -1.6581617607900037
    sgn_1     prod_le_sign_111  -1.8289218595536112
    sgn_1     prod_le_sign_113  -1.7144939627356879
    sgn_1     prod_le_sign_115  -1.5469228308801171
    sgn_1     prod_le_sign_117  -1.5944563042886621
    sgn_1     prod_le_sign_119  -2.0292593396037519
    sgn_1     prod_le_sign_121  -1.3345982607321365
    sgn_1     prod_le_sign_123  -2.1282541972007598
    sgn_1     prod_le_sign_125  -2.4013195463838022
    sgn_1     prod_le_sign_127  -2.3496362775313364
    sgn_1     prod_le_sign_129  -2.1427101102086201
    sgn_1     prod_le_sign_131  -2.3681943624117285
    sgn_1     prod_le_sign_133  -1.4373139512522883
    sgn_1     prod_le_sign_135  -1.9237569675436188
    sgn_1     prod_le_sign_137  -2.4210835928523009
    sgn_1     prod_le_sign_139  -2.2743729931164003
    sgn_1     prod_le_sign_141  -1.5137205654517385
    sgn_1     prod_le_sign_143  -2.5676958392797267
    sgn_1     prod_le_sign_145  -2.7403856085729172
    sgn_1     prod_le_sign_147  -2.2810155477845369
    sgn_1     prod_le_sign_149  -2.6768014785435059
    sgn_1     prod_le_sign_151  -1.5796616680304638
    sgn_1     prod_le_sign_153  -2.0449646345687569
    sgn_1     prod_le_sign_155  -1.5243762546559045
    sgn_1     prod_le_sign_157  -2.8575807015148236
    sgn_1     prod_le_sign_159  -2.0411543542924315
    sgn_1     prod_ge_1  -2.7904213066067864
    sgn_1     prod_ge_3  -2.0547290377456182
    sgn_1     prod_ge_5  -1.9586240176305407
    sgn_1     prod_ge_7  -1.8179408841100677
    sgn_1     prod_ge_9  -1.8014196474238215
    sgn_1     prod_ge_11  -1.6322782218351992
    sgn_1     prod_ge_13  -2.0568139222283932
    sgn_1     prod_ge_15  -2.0351430465317053
    sgn_1     prod_ge_17  -2.4598218229382924
    sgn_1     prod_ge_19  -2.1377003119828943
    sgn_1     prod_ge_21  -2.6999174078965398
    sgn_1     prod_ge_23  -1.6542537879789052
    sgn_1     prod_ge_25  -1.5501594522292506
    sgn_1     prod_ge_27  -1.9923259323360092
    sgn_1     prod_ge_29  -1.8370564045438491
    sgn_1     prod_ge_31  -2.7690128912424838
    sgn_1     prod_ge_33  -1.4077767215400523
    sgn_1     prod_ge_35  -1.5095228718904665
    sgn_1     prod_ge_37  -1.9597171094628658
    sgn_1     prod_ge_39  -1.9821665067903715
    sgn_1     prod_ge_41  -1.9601178422017316
    sgn_1     prod_ge_43  -2.6411644483395129
    sgn_1     prod_ge_45  -1.7211725811641316
    sgn_1     prod_ge_47  -1.3682443906834916
    sgn_1     prod_ge_49  -1.7977425346175744
    sgn_1     prod_ge_51  -2.1187739040906348
    sgn_1     prod_ge_53  -1.3625426433213768
    sgn_1     prod_ge_55  -2.8177488897163205
    sgn_1     prod_ge_57  -2.6737310518552206
    sgn_1     prod_ge_59  -1.82514240524452
    sgn_1     prod_ge_61  -2.2595652866482343
    sgn_1     prod_ge_63  -1.6915654048740192
    sgn_1     prod_ge_65  -1.2276789667325225
    sgn_1     prod_ge_67  -2.319210988273503
    sgn_1     prod_ge_69  -1.9317085108031382
    sgn_1     prod_ge_71  -2.4981994218543457
    sgn_1     prod_ge_73  -1.3983755497727617
    sgn_1     prod_ge_75  -2.1778712505441709
    sgn_1     prod_ge_77  -1.6324282687026572
    sgn_1     prod_ge_79  -1.8489262488948512
    sgn_1     prod_ge_81  -1.8135169234325847
    sgn_1     prod_ge_83  -1.933818421757475
    sgn_1     prod_ge_85  -1.4593780437900887
    sgn_1     prod_ge_87  -2.0832158212455387
    sgn_1     prod_ge_89  -1.562327893002734
    sgn_1     prod_ge_91  -1.1389836799400814
    sgn_1     prod_ge_93  -1.7547498219063777
    sgn_1     prod_ge_95  -1.8536708148224983
    sgn_1     prod_ge_97  -1.7760909474218425
    sgn_1     prod_ge_99  -2.1229587543141069
    sgn_1     prod_ge_101  -1.3440461130159798
    sgn_1     prod_ge_103  -1.8504820584206159
    sgn_1     prod_ge_105  -2.3374271933433155
    sgn_1     prod_ge_107  -1.9034448777130331
    sgn_1     prod_ge_109  -1.6581617607900037
    sgn_1     prod_ge_111  -1.8289218595536112
    sgn_1     prod_ge_113  -1.7144939627356879
    sgn_1     prod_ge_115  -1.5469228308801171
    sgn_1     prod_ge_117  -1.5944563042886621
    sgn_1     prod_ge_119  -2.0292593396037519
    sgn_1     prod_ge_121  -1.3345982607321365
    sgn_1     prod_ge_123  -2.1282541972007598
    sgn_1     prod_ge_125  -2.4013195463838022
    sgn_1     prod_ge_127  -2.3496362775313364
    sgn_1     prod_ge_129  -2.1427101102086201
    sgn_1     prod_ge_131  -2.3681943624117285
    sgn_1     prod_ge_133  -1.4373139512522883
    sgn_1     prod_ge_135  -1.9237569675436188
    sgn_1     prod_ge_137  -2.4210835928523009
    sgn_1     prod_ge_139  -2.2743729931164003
    sgn_1     prod_ge_141  -1.5137205654517385
    sgn_1     prod_ge_143  -2.5676958392797267
    sgn_1     prod_ge_145  -2.7403856085729172
    sgn_1     prod_ge_147  -2.2810155477845369
    sgn_1     prod_ge_149  -2.6768014785435059
    sgn_1     prod_ge_151  -1.5796616680304638
    sgn_1     prod_ge_153  -2.0449646345687569
    sgn_1     prod_ge_155  -1.5243762546559045
    sgn_1     prod_ge_157  -2.8575807015148236
    sgn_1     prod_ge_159  -2.0411543542924315
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
    g_40_0    prod_le_h_80  1
    g_40_0    prod_le_sign_80  1
    g_40_0    prod_ge_80  1
    g_40_0    max_upper_40  2
    g_40_0    max_lower_40  2
    g_40_1    prod_le_h_81  1
    g_40_1    prod_le_sign_81  1
    g_40_1    prod_ge_81  1
    g_40_1    max_upper_40  2
    g_40_1    max_lower_40  2
    g_41_0    prod_le_h_82  1
    g_41_0    prod_le_sign_82  1
    g_41_0    prod_ge_82  1
    g_41_0    max_upper_41  2
    g_41_0    max_lower_41  2
    g_41_1    prod_le_h_83  1
    g_41_1    prod_le_sign_83  1
    g_41_1    prod_ge_83  1
    g_41_1    max_upper_41  2
    g_41_1    max_lower_41  2
    g_42_0    prod_le_h_84  1
    g_42_0    prod_le_sign_84  1
    g_42_0    prod_ge_84  1
    g_42_0    max_upper_42  2
    g_42_0    max_lower_42  2
    g_42_1    prod_le_h_85  1
    g_42_1    prod_le_sign_85  1
    g_42_1    prod_ge_85  1
    g_42_1    max_upper_42  2
    g_42_1    max_lower_42  2
    g_43_0    prod_le_h_86  1
    g_43_0    prod_le_sign_86  1
    g_43_0    prod_ge_86  1
    g_43_0    max_upper_43  2
    g_43_0    max_lower_43  2
    g_43_1    prod_le_h_87  1
    g_43_1    prod_le_sign_87  1
    g_43_1    prod_ge_87  1
    g_43_1    max_upper_43  2
    g_43_1    max_lower_43  2
    g_44_0    prod_le_h_88  1
    g_44_0    prod_le_sign_88  1
    g_44_0    prod_ge_88  1
    g_44_0    max_upper_44  2
    g_44_0    max_lower_44  2
    g_44_1    prod_le_h_89  1
    g_44_1    prod_le_sign_89  1
    g_44_1    prod_ge_89  1
    g_44_1    max_upper_44  2
    g_44_1    max_lower_44  2
    g_45_0    prod_le_h_90  1
    g_45_0    prod_le_sign_90  1
    g_45_0    prod_ge_90  1
    g_45_0    max_upper_45  2
    g_45_0    max_lower_45  2
    g_45_1    prod_le_h_91  1
    g_45_1    prod_le_sign_91  1
    g_45_1    prod_ge_91  1
    g_45_1    max_upper_45  2
    g_45_1    max_lower_45  2
    g_46_0    prod_le_h_92  1
    g_46_0    prod_le_sign_92  1
    g_46_0    prod_ge_92  1
    g_46_0    max_upper_46  2
    g_46_0    max_lower_46  2
    g_46_1    prod_le_h_93  1
    g_46_1    prod_le_sign_93  1
    g_46_1    prod_ge_93  1
    g_46_1    max_upper_46  2
    g_46_1    max_lower_46  2
    g_47_0    prod_le_h_94  1
    g_47_0    prod_le_sign_94  1
    g_47_0    prod_ge_94  1
    g_47_0    max_upper_47  2
    g_47_0    max_lower_47  2
    g_47_1    prod_le_h_95  1
    g_47_1    prod_le_sign_95  1
    g_47_1    prod_ge_95  1
    g_47_1    max_upper_47  2
    g_47_1    max_lower_47  2
    g_48_0    prod_le_h_96  1
    g_48_0    prod_le_sign_96  1
    g_48_0    prod_ge_96  1
    g_48_0    max_upper_48  2
    g_48_0    max_lower_48  2
    g_48_1    prod_le_h_97  1
    g_48_1    prod_le_sign_97  1
    g_48_1    prod_ge_97  1
    g_48_1    max_upper_48  2
    g_48_1    max_lower_48  2
    g_49_0    prod_le_h_98  1
    g_49_0    prod_le_sign_98  1
    g_49_0    prod_ge_98  1
    g_49_0    max_upper_49  2
    g_49_0    max_lower_49  2
    g_49_1    prod_le_h_99  1
    g_49_1    prod_le_sign_99  1
    g_49_1    prod_ge_99  1
    g_49_1    max_upper_49  2
    g_49_1    max_lower_49  2
    g_50_0    prod_le_h_100  1
    g_50_0    prod_le_sign_100  1
    g_50_0    prod_ge_100  1
    g_50_0    max_upper_50  2
    g_50_0    max_lower_50  2
    g_50_1    prod_le_h_101  1
    g_50_1    prod_le_sign_101  1
    g_50_1    prod_ge_101  1
    g_50_1    max_upper_50  2
    g_50_1    max_lower_50  2
    g_51_0    prod_le_h_102  1
    g_51_0    prod_le_sign_102  1
    g_51_0    prod_ge_102  1
    g_51_0    max_upper_51  2
    g_51_0    max_lower_51  2
    g_51_1    prod_le_h_103  1
    g_51_1    prod_le_sign_103  1
    g_51_1    prod_ge_103  1
    g_51_1    max_upper_51  2
    g_51_1    max_lower_51  2
    g_52_0    prod_le_h_104  1
    g_52_0    prod_le_sign_104  1
    g_52_0    prod_ge_104  1
    g_52_0    max_upper_52  2
    g_52_0    max_lower_52  2
    g_52_1    prod_le_h_105  1
    g_52_1    prod_le_sign_105  1
    g_52_1    prod_ge_105  1
    g_52_1    max_upper_52  2
    g_52_1    max_lower_52  2
    g_53_0    prod_le_h_106  1
    g_53_0    prod_le_sign_106  1
    g_53_0    prod_ge_106  1
    g_53_0    max_upper_53  2
    g_53_0    max_lower_53  2
    g_53_1    prod_le_h_107  1
    g_53_1    prod_le_sign_107  1
    g_53_1    prod_ge_107  1
    g_53_1    max_upper_53  2
    g_53_1    max_lower_53  2
    g_54_0    prod_le_h_108  1
    g_54_0    prod_le_sign_108  1
    g_54_0    prod_ge_108  1
    g_54_0    max_upper_54  2
    g_54_0    max_lower_54  2
    g_54_1    prod_le_h_109  1
    g_54_1    prod_le_sign_109  1
    g_54_1    prod_ge_109  1
    g_54_1    max_upper_54  2
    g_54_1    max_lower_54  2
    g_55_0    prod_le_h_110  1
    g_55_0    prod_le_sign_110  1
    g_55_0    prod_ge_110  1
    g_55_0    max_upper_55  2
    g_55_0    max_lower_55  2
    g_55_1    prod_le_h_111  1
    g_55_1    prod_le_sign_111  1
    g_55_1    prod_ge_111  1
    g_55_1    max_upper_55  2
    g_55_1    max_lower_55  2
    g_56_0    prod_le_h_112  1
    g_56_0    prod_le_sign_112  1
    g_56_0    prod_ge_112  1
    g_56_0    max_upper_56  2
    g_56_0    max_lower_56  2
    g_56_1    prod_le_h_113  1
    g_56_1    prod_le_sign_113  1
    g_56_1    prod_ge_113  1
    g_56_1    max_upper_56  2
    g_56_1    max_lower_56  2
    g_57_0    prod_le_h_114  1
    g_57_0    prod_le_sign_114  1
    g_57_0    prod_ge_114  1
    g_57_0    max_upper_57  2
    g_57_0    max_lower_57  2
    g_57_1    prod_le_h_115  1
    g_57_1    prod_le_sign_115  1
    g_57_1    prod_ge_115  1
    g_57_1    max_upper_57  2
    g_57_1    max_lower_57  2
    g_58_0    prod_le_h_116  1
    g_58_0    prod_le_sign_116  1
    g_58_0    prod_ge_116  1
    g_58_0    max_upper_58  2
    g_58_0    max_lower_58  2
    g_58_1    prod_le_h_117  1
    g_58_1    prod_le_sign_117  1
    g_58_1    prod_ge_117  1
    g_58_1    max_upper_58  2
    g_58_1    max_lower_58  2
    g_59_0    prod_le_h_118  1
    g_59_0    prod_le_sign_118  1
    g_59_0    prod_ge_118  1
    g_59_0    max_upper_59  2
    g_59_0    max_lower_59  2
    g_59_1    prod_le_h_119  1
    g_59_1    prod_le_sign_119  1
    g_59_1    prod_ge_119  1
    g_59_1    max_upper_59  2
    g_59_1    max_lower_59  2
    g_60_0    prod_le_h_120  1
    g_60_0    prod_le_sign_120  1
    g_60_0    prod_ge_120  1
    g_60_0    max_upper_60  2
    g_60_0    max_lower_60  2
    g_60_1    prod_le_h_121  1
    g_60_1    prod_le_sign_121  1
    g_60_1    prod_ge_121  1
    g_60_1    max_upper_60  2
    g_60_1    max_lower_60  2
    g_61_0    prod_le_h_122  1
    g_61_0    prod_le_sign_122  1
    g_61_0    prod_ge_122  1
    g_61_0    max_upper_61  2
    g_61_0    max_lower_61  2
    g_61_1    prod_le_h_123  1
    g_61_1    prod_le_sign_123  1
    g_61_1    prod_ge_123  1
    g_61_1    max_upper_61  2
    g_61_1    max_lower_61  2
    g_62_0    prod_le_h_124  1
    g_62_0    prod_le_sign_124  1
    g_62_0    prod_ge_124  1
    g_62_0    max_upper_62  2
    g_62_0    max_lower_62  2
    g_62_1    prod_le_h_125  1
    g_62_1    prod_le_sign_125  1
    g_62_1    prod_ge_125  1
    g_62_1    max_upper_62  2
    g_62_1    max_lower_62  2
    g_63_0    prod_le_h_126  1
    g_63_0    prod_le_sign_126  1
    g_63_0    prod_ge_126  1
    g_63_0    max_upper_63  2
    g_63_0    max_lower_63  2
    g_63_1    prod_le_h_127  1
    g_63_1    prod_le_sign_127  1
    g_63_1    prod_ge_127  1
    g_63_1    max_upper_63  2
    g_63_1    max_lower_63  2
    g_64_0    prod_le_h_128  1
    g_64_0    prod_le_sign_128  1
    g_64_0    prod_ge_128  1
    g_64_0    max_upper_64  2
    g_64_0    max_lower_64  2
    g_64_1    prod_le_h_129  1
    g_64_1    prod_le_sign_129  1
    g_64_1    prod_ge_129  1
    g_64_1    max_upper_64  2
    g_64_1    max_lower_64  2
    g_65_0    prod_le_h_130  1
    g_65_0    prod_le_sign_130  1
    g_65_0    prod_ge_130  1
    g_65_0    max_upper_65  2
    g_65_0    max_lower_65  2
    g_65_1    prod_le_h_131  1
    g_65_1    prod_le_sign_131  1
    g_65_1    prod_ge_131  1
    g_65_1    max_upper_65  2
    g_65_1    max_lower_65  2
    g_66_0    prod_le_h_132  1
    g_66_0    prod_le_sign_132  1
    g_66_0    prod_ge_132  1
    g_66_0    max_upper_66  2
    g_66_0    max_lower_66  2
    g_66_1    prod_le_h_133  1
    g_66_1    prod_le_sign_133  1
    g_66_1    prod_ge_133  1
    g_66_1    max_upper_66  2
    g_66_1    max_lower_66  2
    g_67_0    prod_le_h_134  1
    g_67_0    prod_le_sign_134  1
    g_67_0    prod_ge_134  1
    g_67_0    max_upper_67  2
    g_67_0    max_lower_67  2
    g_67_1    prod_le_h_135  1
    g_67_1    prod_le_sign_135  1
    g_67_1    prod_ge_135  1
    g_67_1    max_upper_67  2
    g_67_1    max_lower_67  2
    g_68_0    prod_le_h_136  1
    g_68_0    prod_le_sign_136  1
    g_68_0    prod_ge_136  1
    g_68_0    max_upper_68  2
    g_68_0    max_lower_68  2
    g_68_1    prod_le_h_137  1
    g_68_1    prod_le_sign_137  1
    g_68_1    prod_ge_137  1
    g_68_1    max_upper_68  2
    g_68_1    max_lower_68  2
    g_69_0    prod_le_h_138  1
    g_69_0    prod_le_sign_138  1
    g_69_0    prod_ge_138  1
    g_69_0    max_upper_69  2
    g_69_0    max_lower_69  2
    g_69_1    prod_le_h_139  1
    g_69_1    prod_le_sign_139  1
    g_69_1    prod_ge_139  1
    g_69_1    max_upper_69  2
    g_69_1    max_lower_69  2
    g_70_0    prod_le_h_140  1
    g_70_0    prod_le_sign_140  1
    g_70_0    prod_ge_140  1
    g_70_0    max_upper_70  2
    g_70_0    max_lower_70  2
    g_70_1    prod_le_h_141  1
    g_70_1    prod_le_sign_141  1
    g_70_1    prod_ge_141  1
    g_70_1    max_upper_70  2
    g_70_1    max_lower_70  2
    g_71_0    prod_le_h_142  1
    g_71_0    prod_le_sign_142  1
    g_71_0    prod_ge_142  1
    g_71_0    max_upper_71  2
    g_71_0    max_lower_71  2
    g_71_1    prod_le_h_143  1
    g_71_1    prod_le_sign_143  1
    g_71_1    prod_ge_143  1
    g_71_1    max_upper_71  2
    g_71_1    max_lower_71  2
    g_72_0    prod_le_h_144  1
    g_72_0    prod_le_sign_144  1
    g_72_0    prod_ge_144  1
    g_72_0    max_upper_72  2
    g_72_0    max_lower_72  2
    g_72_1    prod_le_h_145  1
    g_72_1    prod_le_sign_145  1
    g_72_1    prod_ge_145  1
    g_72_1    max_upper_72  2
    g_72_1    max_lower_72  2
    g_73_0    prod_le_h_146  1
    g_73_0    prod_le_sign_146  1
    g_73_0    prod_ge_146  1
    g_73_0    max_upper_73  2
    g_73_0    max_lower_73  2
    g_73_1    prod_le_h_147  1
    g_73_1    prod_le_sign_147  1
    g_73_1    prod_ge_147  1
    g_73_1    max_upper_73  2
    g_73_1    max_lower_73  2
    g_74_0    prod_le_h_148  1
    g_74_0    prod_le_sign_148  1
    g_74_0    prod_ge_148  1
    g_74_0    max_upper_74  2
    g_74_0    max_lower_74  2
    g_74_1    prod_le_h_149  1
    g_74_1    prod_le_sign_149  1
    g_74_1    prod_ge_149  1
    g_74_1    max_upper_74  2
    g_74_1    max_lower_74  2
    g_75_0    prod_le_h_150  1
    g_75_0    prod_le_sign_150  1
    g_75_0    prod_ge_150  1
    g_75_0    max_upper_75  2
    g_75_0    max_lower_75  2
    g_75_1    prod_le_h_151  1
    g_75_1    prod_le_sign_151  1
    g_75_1    prod_ge_151  1
    g_75_1    max_upper_75  2
    g_75_1    max_lower_75  2
    g_76_0    prod_le_h_152  1
    g_76_0    prod_le_sign_152  1
    g_76_0    prod_ge_152  1
    g_76_0    max_upper_76  2
    g_76_0    max_lower_76  2
    g_76_1    prod_le_h_153  1
    g_76_1    prod_le_sign_153  1
    g_76_1    prod_ge_153  1
    g_76_1    max_upper_76  2
    g_76_1    max_lower_76  2
    g_77_0    prod_le_h_154  1
    g_77_0    prod_le_sign_154  1
    g_77_0    prod_ge_154  1
    g_77_0    max_upper_77  2
    g_77_0    max_lower_77  2
    g_77_1    prod_le_h_155  1
    g_77_1    prod_le_sign_155  1
    g_77_1    prod_ge_155  1
    g_77_1    max_upper_77  2
    g_77_1    max_lower_77  2
    g_78_0    prod_le_h_156  1
    g_78_0    prod_le_sign_156  1
    g_78_0    prod_ge_156  1
    g_78_0    max_upper_78  2
    g_78_0    max_lower_78  2
    g_78_1    prod_le_h_157  1
    g_78_1    prod_le_sign_157  1
    g_78_1    prod_ge_157  1
    g_78_1    max_upper_78  2
    g_78_1    max_lower_78  2
    g_79_0    prod_le_h_158  1
    g_79_0    prod_le_sign_158  1
    g_79_0    prod_ge_158  1
    g_79_0    max_upper_79  2
    g_79_0    max_lower_79  2
    g_79_1    prod_le_h_159  1
    g_79_1    prod_le_sign_159  1
    g_79_1    prod_ge_159  1
    g_79_1    max_upper_79  2
    g_79_1    max_lower_79  2
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
    tmax      max_upper_60  -1
    tmax      max_upper_61  -1
    tmax      max_upper_62  -1
    tmax      max_upper_63  -1
    tmax      max_upper_64  -1
    tmax      max_upper_65  -1
    tmax      max_upper_66  -1
    tmax      max_upper_67  -1
    tmax      max_upper_68  -1
    tmax      max_upper_69  -1
    tmax      max_upper_70  -1
    tmax      max_upper_71  -1
    tmax      max_upper_72  -1
    tmax      max_upper_73  -1
    tmax      max_upper_74  -1
    tmax      max_upper_75  -1
    tmax      max_upper_76  -1
    tmax      max_upper_77  -1
    tmax      max_upper_78  -1
    tmax      max_upper_79  -1
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
    tmax      max_lower_60  1
    tmax      max_lower_61  1
    tmax      max_lower_62  1
    tmax      max_lower_63  1
    tmax      max_lower_64  1
    tmax      max_lower_65  1
    tmax      max_lower_66  1
    tmax      max_lower_67  1
    tmax      max_lower_68  1
    tmax      max_lower_69  1
    tmax      max_lower_70  1
    tmax      max_lower_71  1
    tmax      max_lower_72  1
    tmax      max_lower_73  1
    tmax      max_lower_74  1
    tmax      max_lower_75  1
    tmax      max_lower_76  1
    tmax      max_lower_77  1
    tmax      max_lower_78  1
    tmax      max_lower_79  1
RHS
    RHS_V     relu_le_pre_0  2.7904213066067864
    RHS_V     relu_le_pre_1  2.7904213066067864
    RHS_V     relu_le_pre_2  2.0547290377456182
    RHS_V     relu_le_pre_3  2.0547290377456182
    RHS_V     relu_le_pre_4  1.9586240176305407
    RHS_V     relu_le_pre_5  1.9586240176305407
    RHS_V     relu_le_pre_6  1.8179408841100677
    RHS_V     relu_le_pre_7  1.8179408841100677
    RHS_V     relu_le_pre_8  1.8014196474238215
    RHS_V     relu_le_pre_9  1.8014196474238215
    RHS_V     relu_le_pre_10  1.6322782218351992
    RHS_V     relu_le_pre_11  1.6322782218351992
    RHS_V     relu_le_pre_12  2.0568139222283932
    RHS_V     relu_le_pre_13  2.0568139222283932
    RHS_V     relu_le_pre_14  2.0351430465317053
    RHS_V     relu_le_pre_15  2.0351430465317053
    RHS_V     relu_le_pre_16  2.4598218229382924
    RHS_V     relu_le_pre_17  2.4598218229382924
    RHS_V     relu_le_pre_18  2.1377003119828943
    RHS_V     relu_le_pre_19  2.1377003119828943
    RHS_V     relu_le_pre_20  2.6999174078965398
    RHS_V     relu_le_pre_21  2.6999174078965398
    RHS_V     relu_le_pre_22  1.6542537879789052
    RHS_V     relu_le_pre_23  1.6542537879789052
    RHS_V     relu_le_pre_24  1.5501594522292506
    RHS_V     relu_le_pre_25  1.5501594522292506
    RHS_V     relu_le_pre_26  1.9923259323360092
    RHS_V     relu_le_pre_27  1.9923259323360092
    RHS_V     relu_le_pre_28  1.8370564045438491
    RHS_V     relu_le_pre_29  1.8370564045438491
    RHS_V     relu_le_pre_30  2.7690128912424838
    RHS_V     relu_le_pre_31  2.7690128912424838
    RHS_V     relu_le_pre_32  1.4077767215400523
    RHS_V     relu_le_pre_33  1.4077767215400523
    RHS_V     relu_le_pre_34  1.5095228718904665
    RHS_V     relu_le_pre_35  1.5095228718904665
    RHS_V     relu_le_pre_36  1.9597171094628658
    RHS_V     relu_le_pre_37  1.9597171094628658
    RHS_V     relu_le_pre_38  1.9821665067903715
    RHS_V     relu_le_pre_39  1.9821665067903715
    RHS_V     relu_le_pre_40  1.9601178422017316
    RHS_V     relu_le_pre_41  1.9601178422017316
    RHS_V     relu_le_pre_42  2.6411644483395129
    RHS_V     relu_le_pre_43  2.6411644483395129
    RHS_V     relu_le_pre_44  1.7211725811641316
    RHS_V     relu_le_pre_45  1.7211725811641316
    RHS_V     relu_le_pre_46  1.3682443906834916
    RHS_V     relu_le_pre_47  1.3682443906834916
    RHS_V     relu_le_pre_48  1.7977425346175744
    RHS_V     relu_le_pre_49  1.7977425346175744
    RHS_V     relu_le_pre_50  2.1187739040906348
    RHS_V     relu_le_pre_51  2.1187739040906348
    RHS_V     relu_le_pre_52  1.3625426433213768
    RHS_V     relu_le_pre_53  1.3625426433213768
    RHS_V     relu_le_pre_54  2.8177488897163205
    RHS_V     relu_le_pre_55  2.8177488897163205
    RHS_V     relu_le_pre_56  2.6737310518552206
    RHS_V     relu_le_pre_57  2.6737310518552206
    RHS_V     relu_le_pre_58  1.82514240524452
    RHS_V     relu_le_pre_59  1.82514240524452
    RHS_V     relu_le_pre_60  2.2595652866482343
    RHS_V     relu_le_pre_61  2.2595652866482343
    RHS_V     relu_le_pre_62  1.6915654048740192
    RHS_V     relu_le_pre_63  1.6915654048740192
    RHS_V     relu_le_pre_64  1.2276789667325225
    RHS_V     relu_le_pre_65  1.2276789667325225
    RHS_V     relu_le_pre_66  2.319210988273503
    RHS_V     relu_le_pre_67  2.319210988273503
    RHS_V     relu_le_pre_68  1.9317085108031382
    RHS_V     relu_le_pre_69  1.9317085108031382
    RHS_V     relu_le_pre_70  2.4981994218543457
    RHS_V     relu_le_pre_71  2.4981994218543457
    RHS_V     relu_le_pre_72  1.3983755497727617
    RHS_V     relu_le_pre_73  1.3983755497727617
    RHS_V     relu_le_pre_74  2.1778712505441709
    RHS_V     relu_le_pre_75  2.1778712505441709
    RHS_V     relu_le_pre_76  1.6324282687026572
    RHS_V     relu_le_pre_77  1.6324282687026572
    RHS_V     relu_le_pre_78  1.8489262488948512
    RHS_V     relu_le_pre_79  1.8489262488948512
    RHS_V     relu_le_pre_80  1.8135169234325847
    RHS_V     relu_le_pre_81  1.8135169234325847
    RHS_V     relu_le_pre_82  1.933818421757475
    RHS_V     relu_le_pre_83  1.933818421757475
    RHS_V     relu_le_pre_84  1.4593780437900887
    RHS_V     relu_le_pre_85  1.4593780437900887
    RHS_V     relu_le_pre_86  2.0832158212455387
    RHS_V     relu_le_pre_87  2.0832158212455387
    RHS_V     relu_le_pre_88  1.562327893002734
    RHS_V     relu_le_pre_89  1.562327893002734
    RHS_V     relu_le_pre_90  1.1389836799400814
    RHS_V     relu_le_pre_91  1.1389836799400814
    RHS_V     relu_le_pre_92  1.7547498219063777
    RHS_V     relu_le_pre_93  1.7547498219063777
    RHS_V     relu_le_pre_94  1.8536708148224983
    RHS_V     relu_le_pre_95  1.8536708148224983
    RHS_V     relu_le_pre_96  1.7760909474218425
    RHS_V     relu_le_pre_97  1.7760909474218425
    RHS_V     relu_le_pre_98  2.1229587543141069
    RHS_V     relu_le_pre_99  2.1229587543141069
    RHS_V     relu_le_pre_100  1.3440461130159798
    RHS_V     relu_le_pre_101  1.3440461130159798
    RHS_V     relu_le_pre_102  1.8504820584206159
    RHS_V     relu_le_pre_103  1.8504820584206159
    RHS_V     relu_le_pre_104  2.3374271933433155
    RHS_V     relu_le_pre_105  2.3374271933433155
    RHS_V     relu_le_pre_106  1.9034448777130331
    RHS_V     relu_le_pre_107  1.9034448777130331
    RHS_V     relu_le_pre_108  1.6581617607900037
    RHS_V     relu_le_pre_109  1.6581617607900037
    RHS_V     relu_le_pre_110  1.8289218595536112
    RHS_V     relu_le_pre_111  1.8289218595536112
    RHS_V     relu_le_pre_112  1.7144939627356879
    RHS_V     relu_le_pre_113  1.7144939627356879
    RHS_V     relu_le_pre_114  1.5469228308801171
    RHS_V     relu_le_pre_115  1.5469228308801171
    RHS_V     relu_le_pre_116  1.5944563042886621
    RHS_V     relu_le_pre_117  1.5944563042886621
    RHS_V     relu_le_pre_118  2.0292593396037519
    RHS_V     relu_le_pre_119  2.0292593396037519
    RHS_V     relu_le_pre_120  1.3345982607321365
    RHS_V     relu_le_pre_121  1.3345982607321365
    RHS_V     relu_le_pre_122  2.1282541972007598
    RHS_V     relu_le_pre_123  2.1282541972007598
    RHS_V     relu_le_pre_124  2.4013195463838022
    RHS_V     relu_le_pre_125  2.4013195463838022
    RHS_V     relu_le_pre_126  2.3496362775313364
    RHS_V     relu_le_pre_127  2.3496362775313364
    RHS_V     relu_le_pre_128  2.1427101102086201
    RHS_V     relu_le_pre_129  2.1427101102086201
    RHS_V     relu_le_pre_130  2.3681943624117285
    RHS_V     relu_le_pre_131  2.3681943624117285
    RHS_V     relu_le_pre_132  1.4373139512522883
    RHS_V     relu_le_pre_133  1.4373139512522883
    RHS_V     relu_le_pre_134  1.9237569675436188
    RHS_V     relu_le_pre_135  1.9237569675436188
    RHS_V     relu_le_pre_136  2.4210835928523009
    RHS_V     relu_le_pre_137  2.4210835928523009
    RHS_V     relu_le_pre_138  2.2743729931164003
    RHS_V     relu_le_pre_139  2.2743729931164003
    RHS_V     relu_le_pre_140  1.5137205654517385
    RHS_V     relu_le_pre_141  1.5137205654517385
    RHS_V     relu_le_pre_142  2.5676958392797267
    RHS_V     relu_le_pre_143  2.5676958392797267
    RHS_V     relu_le_pre_144  2.7403856085729172
    RHS_V     relu_le_pre_145  2.7403856085729172
    RHS_V     relu_le_pre_146  2.2810155477845369
    RHS_V     relu_le_pre_147  2.2810155477845369
    RHS_V     relu_le_pre_148  2.6768014785435059
    RHS_V     relu_le_pre_149  2.6768014785435059
    RHS_V     relu_le_pre_150  1.5796616680304638
    RHS_V     relu_le_pre_151  1.5796616680304638
    RHS_V     relu_le_pre_152  2.0449646345687569
    RHS_V     relu_le_pre_153  2.0449646345687569
    RHS_V     relu_le_pre_154  1.5243762546559045
    RHS_V     relu_le_pre_155  1.5243762546559045
    RHS_V     relu_le_pre_156  2.8575807015148236
    RHS_V     relu_le_pre_157  2.8575807015148236
    RHS_V     relu_le_pre_158  2.0411543542924315
    RHS_V     relu_le_pre_159  2.0411543542924315
    RHS_V     prod_ge_0  -2.7904213066067864
    RHS_V     prod_ge_1  -2.7904213066067864
    RHS_V     prod_ge_2  -2.0547290377456182
    RHS_V     prod_ge_3  -2.0547290377456182
    RHS_V     prod_ge_4  -1.9586240176305407
    RHS_V     prod_ge_5  -1.9586240176305407
    RHS_V     prod_ge_6  -1.8179408841100677
    RHS_V     prod_ge_7  -1.8179408841100677
    RHS_V     prod_ge_8  -1.8014196474238215
    RHS_V     prod_ge_9  -1.8014196474238215
    RHS_V     prod_ge_10  -1.6322782218351992
    RHS_V     prod_ge_11  -1.6322782218351992
    RHS_V     prod_ge_12  -2.0568139222283932
    RHS_V     prod_ge_13  -2.0568139222283932
    RHS_V     prod_ge_14  -2.0351430465317053
    RHS_V     prod_ge_15  -2.0351430465317053
    RHS_V     prod_ge_16  -2.4598218229382924
    RHS_V     prod_ge_17  -2.4598218229382924
    RHS_V     prod_ge_18  -2.1377003119828943
    RHS_V     prod_ge_19  -2.1377003119828943
    RHS_V     prod_ge_20  -2.6999174078965398
    RHS_V     prod_ge_21  -2.6999174078965398
    RHS_V     prod_ge_22  -1.6542537879789052
    RHS_V     prod_ge_23  -1.6542537879789052
    RHS_V     prod_ge_24  -1.5501594522292506
    RHS_V     prod_ge_25  -1.5501594522292506
    RHS_V     prod_ge_26  -1.9923259323360092
    RHS_V     prod_ge_27  -1.9923259323360092
    RHS_V     prod_ge_28  -1.8370564045438491
    RHS_V     prod_ge_29  -1.8370564045438491
    RHS_V     prod_ge_30  -2.7690128912424838
    RHS_V     prod_ge_31  -2.7690128912424838
    RHS_V     prod_ge_32  -1.4077767215400523
    RHS_V     prod_ge_33  -1.4077767215400523
    RHS_V     prod_ge_34  -1.5095228718904665
    RHS_V     prod_ge_35  -1.5095228718904665
    RHS_V     prod_ge_36  -1.9597171094628658
    RHS_V     prod_ge_37  -1.9597171094628658
    RHS_V     prod_ge_38  -1.9821665067903715
    RHS_V     prod_ge_39  -1.9821665067903715
    RHS_V     prod_ge_40  -1.9601178422017316
    RHS_V     prod_ge_41  -1.9601178422017316
    RHS_V     prod_ge_42  -2.6411644483395129
    RHS_V     prod_ge_43  -2.6411644483395129
    RHS_V     prod_ge_44  -1.7211725811641316
    RHS_V     prod_ge_45  -1.7211725811641316
    RHS_V     prod_ge_46  -1.3682443906834916
    RHS_V     prod_ge_47  -1.3682443906834916
    RHS_V     prod_ge_48  -1.7977425346175744
    RHS_V     prod_ge_49  -1.7977425346175744
    RHS_V     prod_ge_50  -2.1187739040906348
    RHS_V     prod_ge_51  -2.1187739040906348
    RHS_V     prod_ge_52  -1.3625426433213768
    RHS_V     prod_ge_53  -1.3625426433213768
    RHS_V     prod_ge_54  -2.8177488897163205
    RHS_V     prod_ge_55  -2.8177488897163205
    RHS_V     prod_ge_56  -2.6737310518552206
    RHS_V     prod_ge_57  -2.6737310518552206
    RHS_V     prod_ge_58  -1.82514240524452
    RHS_V     prod_ge_59  -1.82514240524452
    RHS_V     prod_ge_60  -2.2595652866482343
    RHS_V     prod_ge_61  -2.2595652866482343
    RHS_V     prod_ge_62  -1.6915654048740192
    RHS_V     prod_ge_63  -1.6915654048740192
    RHS_V     prod_ge_64  -1.2276789667325225
    RHS_V     prod_ge_65  -1.2276789667325225
    RHS_V     prod_ge_66  -2.319210988273503
    RHS_V     prod_ge_67  -2.319210988273503
    RHS_V     prod_ge_68  -1.9317085108031382
    RHS_V     prod_ge_69  -1.9317085108031382
    RHS_V     prod_ge_70  -2.4981994218543457
    RHS_V     prod_ge_71  -2.4981994218543457
    RHS_V     prod_ge_72  -1.3983755497727617
    RHS_V     prod_ge_73  -1.3983755497727617
    RHS_V     prod_ge_74  -2.1778712505441709
    RHS_V     prod_ge_75  -2.1778712505441709
    RHS_V     prod_ge_76  -1.6324282687026572
    RHS_V     prod_ge_77  -1.6324282687026572
    RHS_V     prod_ge_78  -1.8489262488948512
    RHS_V     prod_ge_79  -1.8489262488948512
    RHS_V     prod_ge_80  -1.8135169234325847
    RHS_V     prod_ge_81  -1.8135169234325847
    RHS_V     prod_ge_82  -1.933818421757475
    RHS_V     prod_ge_83  -1.933818421757475
    RHS_V     prod_ge_84  -1.4593780437900887
    RHS_V     prod_ge_85  -1.4593780437900887
    RHS_V     prod_ge_86  -2.0832158212455387
    RHS_V     prod_ge_87  -2.0832158212455387
    RHS_V     prod_ge_88  -1.562327893002734
    RHS_V     prod_ge_89  -1.562327893002734
    RHS_V     prod_ge_90  -1.1389836799400814
    RHS_V     prod_ge_91  -1.1389836799400814
    RHS_V     prod_ge_92  -1.7547498219063777
    RHS_V     prod_ge_93  -1.7547498219063777
    RHS_V     prod_ge_94  -1.8536708148224983
    RHS_V     prod_ge_95  -1.8536708148224983
    RHS_V     prod_ge_96  -1.7760909474218425
    RHS_V     prod_ge_97  -1.7760909474218425
    RHS_V     prod_ge_98  -2.1229587543141069
    RHS_V     prod_ge_99  -2.1229587543141069
    RHS_V     prod_ge_100  -1.3440461130159798
    RHS_V     prod_ge_101  -1.3440461130159798
    RHS_V     prod_ge_102  -1.8504820584206159
    RHS_V     prod_ge_103  -1.8504820584206159
    RHS_V     prod_ge_104  -2.3374271933433155
    RHS_V     prod_ge_105  -2.3374271933433155
    RHS_V     prod_ge_106  -1.9034448777130331
    RHS_V     prod_ge_107  -1.9034448777130331
    RHS_V     prod_ge_108  -1.6581617607900037
    RHS_V     prod_ge_109  -1.6581617607900037
    RHS_V     prod_ge_110  -1.8289218595536112
    RHS_V     prod_ge_111  -1.8289218595536112
    RHS_V     prod_ge_112  -1.7144939627356879
    RHS_V     prod_ge_113  -1.7144939627356879
    RHS_V     prod_ge_114  -1.5469228308801171
    RHS_V     prod_ge_115  -1.5469228308801171
    RHS_V     prod_ge_116  -1.5944563042886621
    RHS_V     prod_ge_117  -1.5944563042886621
    RHS_V     prod_ge_118  -2.0292593396037519
    RHS_V     prod_ge_119  -2.0292593396037519
    RHS_V     prod_ge_120  -1.3345982607321365
    RHS_V     prod_ge_121  -1.3345982607321365
    RHS_V     prod_ge_122  -2.1282541972007598
    RHS_V     prod_ge_123  -2.1282541972007598
    RHS_V     prod_ge_124  -2.4013195463838022
    RHS_V     prod_ge_125  -2.4013195463838022
    RHS_V     prod_ge_126  -2.3496362775313364
    RHS_V     prod_ge_127  -2.3496362775313364
    RHS_V     prod_ge_128  -2.1427101102086201
    RHS_V     prod_ge_129  -2.1427101102086201
    RHS_V     prod_ge_130  -2.3681943624117285
    RHS_V     prod_ge_131  -2.3681943624117285
    RHS_V     prod_ge_132  -1.4373139512522883
    RHS_V     prod_ge_133  -1.4373139512522883
    RHS_V     prod_ge_134  -1.9237569675436188
    RHS_V     prod_ge_135  -1.9237569675436188
    RHS_V     prod_ge_136  -2.4210835928523009
    RHS_V     prod_ge_137  -2.4210835928523009
    RHS_V     prod_ge_138  -2.2743729931164003
    RHS_V     prod_ge_139  -2.2743729931164003
    RHS_V     prod_ge_140  -1.5137205654517385
    RHS_V     prod_ge_141  -1.5137205654517385
    RHS_V     prod_ge_142  -2.5676958392797267
    RHS_V     prod_ge_143  -2.5676958392797267
    RHS_V     prod_ge_144  -2.7403856085729172
    RHS_V     prod_ge_145  -2.7403856085729172
    RHS_V     prod_ge_146  -2.2810155477845369
    RHS_V     prod_ge_147  -2.2810155477845369
    RHS_V     prod_ge_148  -2.6768014785435059
    RHS_V     prod_ge_149  -2.6768014785435059
    RHS_V     prod_ge_150  -1.5796616680304638
    RHS_V     prod_ge_151  -1.5796616680304638
    RHS_V     prod_ge_152  -2.0449646345687569
    RHS_V     prod_ge_153  -2.0449646345687569
    RHS_V     prod_ge_154  -1.5243762546559045
    RHS_V     prod_ge_155  -1.5243762546559045
    RHS_V     prod_ge_156  -2.8575807015148236
    RHS_V     prod_ge_157  -2.8575807015148236
    RHS_V     prod_ge_158  -2.0411543542924315
    RHS_V     prod_ge_159  -2.0411543542924315
    RHS_V     max_upper_0  -0.41695783728688618
    RHS_V     max_upper_1  -0.31798659505914667
    RHS_V     max_upper_2  -0.18119379828028626
    RHS_V     max_upper_3  -1.4208130943357336
    RHS_V     max_upper_4  -1.5281253867583267
    RHS_V     max_upper_5  -1.4763141602805916
    RHS_V     max_upper_6  -0.46770046382806185
    RHS_V     max_upper_7  -1.4265432286406607
    RHS_V     max_upper_8  -0.41937090394621984
    RHS_V     max_upper_9  -0.43093929602620257
    RHS_V     max_upper_10  -1.7277092615869916
    RHS_V     max_upper_11  -0.62328908855969367
    RHS_V     max_upper_12  -1.0935469368138548
    RHS_V     max_upper_13  -1.3338132750792075
    RHS_V     max_upper_14  -1.3184119590328767
    RHS_V     max_upper_15  0.00075470802723938077
    RHS_V     max_upper_16  -1.116670620135537
    RHS_V     max_upper_17  -1.3174514300001103
    RHS_V     max_upper_18  -0.29843643497081124
    RHS_V     max_upper_19  -0.86920989115259084
    RHS_V     max_upper_20  -0.4555911268086571
    RHS_V     max_upper_21  -0.49090140712308727
    RHS_V     max_upper_22  -0.84651815039863254
    RHS_V     max_upper_23  -0.71013267135657743
    RHS_V     max_upper_24  -0.24758583532175307
    RHS_V     max_upper_25  -1.2683824154345213
    RHS_V     max_upper_26  -1.016453871419067
    RHS_V     max_upper_27  -2.1185056031016556
    RHS_V     max_upper_28  -0.54876452082830496
    RHS_V     max_upper_29  -1.2587398729986552
    RHS_V     max_upper_30  -1.4935926506664536
    RHS_V     max_upper_31  -0.54427556995671134
    RHS_V     max_upper_32  -0.802720065708037
    RHS_V     max_upper_33  -0.9013774875814361
    RHS_V     max_upper_34  -0.37456283044811978
    RHS_V     max_upper_35  -1.814992239506753
    RHS_V     max_upper_36  -1.1415024382404635
    RHS_V     max_upper_37  -0.16315984162064792
    RHS_V     max_upper_38  -1.3799853030102056
    RHS_V     max_upper_39  -0.76249137741346795
    RHS_V     max_upper_40  -0.69799884616106311
    RHS_V     max_upper_41  -1.0859515103777506
    RHS_V     max_upper_42  -0.58096189765174822
    RHS_V     max_upper_43  -1.4986718486936348
    RHS_V     max_upper_44  -1.3132366826040969
    RHS_V     max_upper_45  -1.0977023844282825
    RHS_V     max_upper_46  -0.50796342567683039
    RHS_V     max_upper_47  -1.0784747396419014
    RHS_V     max_upper_48  -1.4030121281727679
    RHS_V     max_upper_49  -0.55565833098524364
    RHS_V     max_upper_50  -1.12963353146493
    RHS_V     max_upper_51  -0.24416620273323153
    RHS_V     max_upper_52  -1.3813904575504339
    RHS_V     max_upper_53  -1.3899892528356841
    RHS_V     max_upper_54  -0.89797406949299485
    RHS_V     max_upper_55  -0.42065152847437559
    RHS_V     max_upper_56  -1.183341963880747
    RHS_V     max_upper_57  -1.1268770640634833
    RHS_V     max_upper_58  -1.1627866697392666
    RHS_V     max_upper_59  -1.4943549319194191
    RHS_V     max_upper_60  -0.81593369951244155
    RHS_V     max_upper_61  -0.46880191643191538
    RHS_V     max_upper_62  0.0032916053546096641
    RHS_V     max_upper_63  -1.0407072308918879
    RHS_V     max_upper_64  -0.21678013729246615
    RHS_V     max_upper_65  -0.8407937971198447
    RHS_V     max_upper_66  -0.51606012546598756
    RHS_V     max_upper_67  -0.2965719395920926
    RHS_V     max_upper_68  -1.2636581825010467
    RHS_V     max_upper_69  -0.31998046629607968
    RHS_V     max_upper_70  -1.0505178898329222
    RHS_V     max_upper_71  -0.14613770370045703
    RHS_V     max_upper_72  -0.84353013623591822
    RHS_V     max_upper_73  0.0014762847383389399
    RHS_V     max_upper_74  -1.7313089240543647
    RHS_V     max_upper_75  -1.0155671227898513
    RHS_V     max_upper_76  -1.3537458944262628
    RHS_V     max_upper_77  -1.1343336935022139
    RHS_V     max_upper_78  -0.45807161531113438
    RHS_V     max_upper_79  -1.4393142039351488
    RHS_V     max_lower_0  -0.41695783728688618
    RHS_V     max_lower_1  -0.31798659505914667
    RHS_V     max_lower_2  -0.18119379828028626
    RHS_V     max_lower_3  -1.4208130943357336
    RHS_V     max_lower_4  -1.5281253867583267
    RHS_V     max_lower_5  -1.4763141602805916
    RHS_V     max_lower_6  -0.46770046382806185
    RHS_V     max_lower_7  -1.4265432286406607
    RHS_V     max_lower_8  -0.41937090394621984
    RHS_V     max_lower_9  -0.43093929602620257
    RHS_V     max_lower_10  -1.7277092615869916
    RHS_V     max_lower_11  -0.62328908855969367
    RHS_V     max_lower_12  -1.0935469368138548
    RHS_V     max_lower_13  -1.3338132750792075
    RHS_V     max_lower_14  -1.3184119590328767
    RHS_V     max_lower_15  0.00075470802723938077
    RHS_V     max_lower_16  -1.116670620135537
    RHS_V     max_lower_17  -1.3174514300001103
    RHS_V     max_lower_18  -0.29843643497081124
    RHS_V     max_lower_19  -0.86920989115259084
    RHS_V     max_lower_20  -0.4555911268086571
    RHS_V     max_lower_21  -0.49090140712308727
    RHS_V     max_lower_22  -0.84651815039863254
    RHS_V     max_lower_23  -0.71013267135657743
    RHS_V     max_lower_24  -0.24758583532175307
    RHS_V     max_lower_25  -1.2683824154345213
    RHS_V     max_lower_26  -1.016453871419067
    RHS_V     max_lower_27  -2.1185056031016556
    RHS_V     max_lower_28  -0.54876452082830496
    RHS_V     max_lower_29  -1.2587398729986552
    RHS_V     max_lower_30  -1.4935926506664536
    RHS_V     max_lower_31  -0.54427556995671134
    RHS_V     max_lower_32  -0.802720065708037
    RHS_V     max_lower_33  -0.9013774875814361
    RHS_V     max_lower_34  -0.37456283044811978
    RHS_V     max_lower_35  -1.814992239506753
    RHS_V     max_lower_36  -1.1415024382404635
    RHS_V     max_lower_37  -0.16315984162064792
    RHS_V     max_lower_38  -1.3799853030102056
    RHS_V     max_lower_39  -0.76249137741346795
    RHS_V     max_lower_40  -0.69799884616106311
    RHS_V     max_lower_41  -1.0859515103777506
    RHS_V     max_lower_42  -0.58096189765174822
    RHS_V     max_lower_43  -1.4986718486936348
    RHS_V     max_lower_44  -1.3132366826040969
    RHS_V     max_lower_45  -1.0977023844282825
    RHS_V     max_lower_46  -0.50796342567683039
    RHS_V     max_lower_47  -1.0784747396419014
    RHS_V     max_lower_48  -1.4030121281727679
    RHS_V     max_lower_49  -0.55565833098524364
    RHS_V     max_lower_50  -1.12963353146493
    RHS_V     max_lower_51  -0.24416620273323153
    RHS_V     max_lower_52  -1.3813904575504339
    RHS_V     max_lower_53  -1.3899892528356841
    RHS_V     max_lower_54  -0.89797406949299485
    RHS_V     max_lower_55  -0.42065152847437559
    RHS_V     max_lower_56  -1.183341963880747
    RHS_V     max_lower_57  -1.1268770640634833
    RHS_V     max_lower_58  -1.1627866697392666
    RHS_V     max_lower_59  -1.4943549319194191
    RHS_V     max_lower_60  -0.81593369951244155
    RHS_V     max_lower_61  -0.46880191643191538
    RHS_V     max_lower_62  0.0032916053546096641
    RHS_V     max_lower_63  -1.0407072308918879
    RHS_V     max_lower_64  -0.21678013729246615
    RHS_V     max_lower_65  -0.8407937971198447
    RHS_V     max_lower_66  -0.51606012546598756
    RHS_V     max_lower_67  -0.2965719395920926
    RHS_V     max_lower_68  -1.2636581825010467
    RHS_V     max_lower_69  -0.31998046629607968
    RHS_V     max_lower_70  -1.0505178898329222
    RHS_V     max_lower_71  -0.14613770370045703
    RHS_V     max_lower_72  -0.84353013623591822
    RHS_V     max_lower_73  0.0014762847383389399
    RHS_V     max_lower_74  -1.7313089240543647
    RHS_V     max_lower_75  -1.0155671227898513
    RHS_V     max_lower_76  -1.3537458944262628
    RHS_V     max_lower_77  -1.1343336935022139
    RHS_V     max_lower_78  -0.45807161531113438
    RHS_V     max_lower_79  -1.4393142039351488
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
 UP BOUND     h_0_0     2.7904213066067864
 UP BOUND     h_0_1     2.7904213066067864
 UP BOUND     h_1_0     2.0547290377456182
 UP BOUND     h_1_1     2.0547290377456182
 UP BOUND     h_2_0     1.9586240176305407
 UP BOUND     h_2_1     1.9586240176305407
 UP BOUND     h_3_0     1.8179408841100677
 UP BOUND     h_3_1     1.8179408841100677
 UP BOUND     h_4_0     1.8014196474238215
 UP BOUND     h_4_1     1.8014196474238215
 UP BOUND     h_5_0     1.6322782218351992
 UP BOUND     h_5_1     1.6322782218351992
 UP BOUND     h_6_0     2.0568139222283932
 UP BOUND     h_6_1     2.0568139222283932
 UP BOUND     h_7_0     2.0351430465317053
 UP BOUND     h_7_1     2.0351430465317053
 UP BOUND     h_8_0     2.4598218229382924
 UP BOUND     h_8_1     2.4598218229382924
 UP BOUND     h_9_0     2.1377003119828943
 UP BOUND     h_9_1     2.1377003119828943
 UP BOUND     h_10_0    2.6999174078965398
 UP BOUND     h_10_1    2.6999174078965398
 UP BOUND     h_11_0    1.6542537879789052
 UP BOUND     h_11_1    1.6542537879789052
 UP BOUND     h_12_0    1.5501594522292506
 UP BOUND     h_12_1    1.5501594522292506
 UP BOUND     h_13_0    1.9923259323360092
 UP BOUND     h_13_1    1.9923259323360092
 UP BOUND     h_14_0    1.8370564045438491
 UP BOUND     h_14_1    1.8370564045438491
 UP BOUND     h_15_0    2.7690128912424838
 UP BOUND     h_15_1    2.7690128912424838
 UP BOUND     h_16_0    1.4077767215400523
 UP BOUND     h_16_1    1.4077767215400523
 UP BOUND     h_17_0    1.5095228718904665
 UP BOUND     h_17_1    1.5095228718904665
 UP BOUND     h_18_0    1.9597171094628658
 UP BOUND     h_18_1    1.9597171094628658
 UP BOUND     h_19_0    1.9821665067903715
 UP BOUND     h_19_1    1.9821665067903715
 UP BOUND     h_20_0    1.9601178422017316
 UP BOUND     h_20_1    1.9601178422017316
 UP BOUND     h_21_0    2.6411644483395129
 UP BOUND     h_21_1    2.6411644483395129
 UP BOUND     h_22_0    1.7211725811641316
 UP BOUND     h_22_1    1.7211725811641316
 UP BOUND     h_23_0    1.3682443906834916
 UP BOUND     h_23_1    1.3682443906834916
 UP BOUND     h_24_0    1.7977425346175744
 UP BOUND     h_24_1    1.7977425346175744
 UP BOUND     h_25_0    2.1187739040906348
 UP BOUND     h_25_1    2.1187739040906348
 UP BOUND     h_26_0    1.3625426433213768
 UP BOUND     h_26_1    1.3625426433213768
 UP BOUND     h_27_0    2.8177488897163205
 UP BOUND     h_27_1    2.8177488897163205
 UP BOUND     h_28_0    2.6737310518552206
 UP BOUND     h_28_1    2.6737310518552206
 UP BOUND     h_29_0    1.82514240524452
 UP BOUND     h_29_1    1.82514240524452
 UP BOUND     h_30_0    2.2595652866482343
 UP BOUND     h_30_1    2.2595652866482343
 UP BOUND     h_31_0    1.6915654048740192
 UP BOUND     h_31_1    1.6915654048740192
 UP BOUND     h_32_0    1.2276789667325225
 UP BOUND     h_32_1    1.2276789667325225
 UP BOUND     h_33_0    2.319210988273503
 UP BOUND     h_33_1    2.319210988273503
 UP BOUND     h_34_0    1.9317085108031382
 UP BOUND     h_34_1    1.9317085108031382
 UP BOUND     h_35_0    2.4981994218543457
 UP BOUND     h_35_1    2.4981994218543457
 UP BOUND     h_36_0    1.3983755497727617
 UP BOUND     h_36_1    1.3983755497727617
 UP BOUND     h_37_0    2.1778712505441709
 UP BOUND     h_37_1    2.1778712505441709
 UP BOUND     h_38_0    1.6324282687026572
 UP BOUND     h_38_1    1.6324282687026572
 UP BOUND     h_39_0    1.8489262488948512
 UP BOUND     h_39_1    1.8489262488948512
 UP BOUND     h_40_0    1.8135169234325847
 UP BOUND     h_40_1    1.8135169234325847
 UP BOUND     h_41_0    1.933818421757475
 UP BOUND     h_41_1    1.933818421757475
 UP BOUND     h_42_0    1.4593780437900887
 UP BOUND     h_42_1    1.4593780437900887
 UP BOUND     h_43_0    2.0832158212455387
 UP BOUND     h_43_1    2.0832158212455387
 UP BOUND     h_44_0    1.562327893002734
 UP BOUND     h_44_1    1.562327893002734
 UP BOUND     h_45_0    1.1389836799400814
 UP BOUND     h_45_1    1.1389836799400814
 UP BOUND     h_46_0    1.7547498219063777
 UP BOUND     h_46_1    1.7547498219063777
 UP BOUND     h_47_0    1.8536708148224983
 UP BOUND     h_47_1    1.8536708148224983
 UP BOUND     h_48_0    1.7760909474218425
 UP BOUND     h_48_1    1.7760909474218425
 UP BOUND     h_49_0    2.1229587543141069
 UP BOUND     h_49_1    2.1229587543141069
 UP BOUND     h_50_0    1.3440461130159798
 UP BOUND     h_50_1    1.3440461130159798
 UP BOUND     h_51_0    1.8504820584206159
 UP BOUND     h_51_1    1.8504820584206159
 UP BOUND     h_52_0    2.3374271933433155
 UP BOUND     h_52_1    2.3374271933433155
 UP BOUND     h_53_0    1.9034448777130331
 UP BOUND     h_53_1    1.9034448777130331
 UP BOUND     h_54_0    1.6581617607900037
 UP BOUND     h_54_1    1.6581617607900037
 UP BOUND     h_55_0    1.8289218595536112
 UP BOUND     h_55_1    1.8289218595536112
 UP BOUND     h_56_0    1.7144939627356879
 UP BOUND     h_56_1    1.7144939627356879
 UP BOUND     h_57_0    1.5469228308801171
 UP BOUND     h_57_1    1.5469228308801171
 UP BOUND     h_58_0    1.5944563042886621
 UP BOUND     h_58_1    1.5944563042886621
 UP BOUND     h_59_0    2.0292593396037519
 UP BOUND     h_59_1    2.0292593396037519
 UP BOUND     h_60_0    1.3345982607321365
 UP BOUND     h_60_1    1.3345982607321365
 UP BOUND     h_61_0    2.1282541972007598
 UP BOUND     h_61_1    2.1282541972007598
 UP BOUND     h_62_0    2.4013195463838022
 UP BOUND     h_62_1    2.4013195463838022
 UP BOUND     h_63_0    2.3496362775313364
 UP BOUND     h_63_1    2.3496362775313364
 UP BOUND     h_64_0    2.1427101102086201
 UP BOUND     h_64_1    2.1427101102086201
 UP BOUND     h_65_0    2.3681943624117285
 UP BOUND     h_65_1    2.3681943624117285
 UP BOUND     h_66_0    1.4373139512522883
 UP BOUND     h_66_1    1.4373139512522883
 UP BOUND     h_67_0    1.9237569675436188
 UP BOUND     h_67_1    1.9237569675436188
 UP BOUND     h_68_0    2.4210835928523009
 UP BOUND     h_68_1    2.4210835928523009
 UP BOUND     h_69_0    2.2743729931164003
 UP BOUND     h_69_1    2.2743729931164003
 UP BOUND     h_70_0    1.5137205654517385
 UP BOUND     h_70_1    1.5137205654517385
 UP BOUND     h_71_0    2.5676958392797267
 UP BOUND     h_71_1    2.5676958392797267
 UP BOUND     h_72_0    2.7403856085729172
 UP BOUND     h_72_1    2.7403856085729172
 UP BOUND     h_73_0    2.2810155477845369
 UP BOUND     h_73_1    2.2810155477845369
 UP BOUND     h_74_0    2.6768014785435059
 UP BOUND     h_74_1    2.6768014785435059
 UP BOUND     h_75_0    1.5796616680304638
 UP BOUND     h_75_1    1.5796616680304638
 UP BOUND     h_76_0    2.0449646345687569
 UP BOUND     h_76_1    2.0449646345687569
 UP BOUND     h_77_0    1.5243762546559045
 UP BOUND     h_77_1    1.5243762546559045
 UP BOUND     h_78_0    2.8575807015148236
 UP BOUND     h_78_1    2.8575807015148236
 UP BOUND     h_79_0    2.0411543542924315
 UP BOUND     h_79_1    2.0411543542924315
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
 BV BOUND     z_50_0  
 BV BOUND     z_50_1  
 BV BOUND     z_51_0  
 BV BOUND     z_51_1  
 BV BOUND     z_52_0  
 BV BOUND     z_52_1  
 BV BOUND     z_53_0  
 BV BOUND     z_53_1  
 BV BOUND     z_54_0  
 BV BOUND     z_54_1  
 BV BOUND     z_55_0  
 BV BOUND     z_55_1  
 BV BOUND     z_56_0  
 BV BOUND     z_56_1  
 BV BOUND     z_57_0  
 BV BOUND     z_57_1  
 BV BOUND     z_58_0  
 BV BOUND     z_58_1  
 BV BOUND     z_59_0  
 BV BOUND     z_59_1  
 BV BOUND     z_60_0  
 BV BOUND     z_60_1  
 BV BOUND     z_61_0  
 BV BOUND     z_61_1  
 BV BOUND     z_62_0  
 BV BOUND     z_62_1  
 BV BOUND     z_63_0  
 BV BOUND     z_63_1  
 BV BOUND     z_64_0  
 BV BOUND     z_64_1  
 BV BOUND     z_65_0  
 BV BOUND     z_65_1  
 BV BOUND     z_66_0  
 BV BOUND     z_66_1  
 BV BOUND     z_67_0  
 BV BOUND     z_67_1  
 BV BOUND     z_68_0  
 BV BOUND     z_68_1  
 BV BOUND     z_69_0  
 BV BOUND     z_69_1  
 BV BOUND     z_70_0  
 BV BOUND     z_70_1  
 BV BOUND     z_71_0  
 BV BOUND     z_71_1  
 BV BOUND     z_72_0  
 BV BOUND     z_72_1  
 BV BOUND     z_73_0  
 BV BOUND     z_73_1  
 BV BOUND     z_74_0  
 BV BOUND     z_74_1  
 BV BOUND     z_75_0  
 BV BOUND     z_75_1  
 BV BOUND     z_76_0  
 BV BOUND     z_76_1  
 BV BOUND     z_77_0  
 BV BOUND     z_77_1  
 BV BOUND     z_78_0  
 BV BOUND     z_78_1  
 BV BOUND     z_79_0  
 BV BOUND     z_79_1  
 BV BOUND     sgn_0   
 BV BOUND     sgn_1   
 UP BOUND     g_0_0     2.7904213066067864
 UP BOUND     g_0_1     2.7904213066067864
 UP BOUND     g_1_0     2.0547290377456182
 UP BOUND     g_1_1     2.0547290377456182
 UP BOUND     g_2_0     1.9586240176305407
 UP BOUND     g_2_1     1.9586240176305407
 UP BOUND     g_3_0     1.8179408841100677
 UP BOUND     g_3_1     1.8179408841100677
 UP BOUND     g_4_0     1.8014196474238215
 UP BOUND     g_4_1     1.8014196474238215
 UP BOUND     g_5_0     1.6322782218351992
 UP BOUND     g_5_1     1.6322782218351992
 UP BOUND     g_6_0     2.0568139222283932
 UP BOUND     g_6_1     2.0568139222283932
 UP BOUND     g_7_0     2.0351430465317053
 UP BOUND     g_7_1     2.0351430465317053
 UP BOUND     g_8_0     2.4598218229382924
 UP BOUND     g_8_1     2.4598218229382924
 UP BOUND     g_9_0     2.1377003119828943
 UP BOUND     g_9_1     2.1377003119828943
 UP BOUND     g_10_0    2.6999174078965398
 UP BOUND     g_10_1    2.6999174078965398
 UP BOUND     g_11_0    1.6542537879789052
 UP BOUND     g_11_1    1.6542537879789052
 UP BOUND     g_12_0    1.5501594522292506
 UP BOUND     g_12_1    1.5501594522292506
 UP BOUND     g_13_0    1.9923259323360092
 UP BOUND     g_13_1    1.9923259323360092
 UP BOUND     g_14_0    1.8370564045438491
 UP BOUND     g_14_1    1.8370564045438491
 UP BOUND     g_15_0    2.7690128912424838
 UP BOUND     g_15_1    2.7690128912424838
 UP BOUND     g_16_0    1.4077767215400523
 UP BOUND     g_16_1    1.4077767215400523
 UP BOUND     g_17_0    1.5095228718904665
 UP BOUND     g_17_1    1.5095228718904665
 UP BOUND     g_18_0    1.9597171094628658
 UP BOUND     g_18_1    1.9597171094628658
 UP BOUND     g_19_0    1.9821665067903715
 UP BOUND     g_19_1    1.9821665067903715
 UP BOUND     g_20_0    1.9601178422017316
 UP BOUND     g_20_1    1.9601178422017316
 UP BOUND     g_21_0    2.6411644483395129
 UP BOUND     g_21_1    2.6411644483395129
 UP BOUND     g_22_0    1.7211725811641316
 UP BOUND     g_22_1    1.7211725811641316
 UP BOUND     g_23_0    1.3682443906834916
 UP BOUND     g_23_1    1.3682443906834916
 UP BOUND     g_24_0    1.7977425346175744
 UP BOUND     g_24_1    1.7977425346175744
 UP BOUND     g_25_0    2.1187739040906348
 UP BOUND     g_25_1    2.1187739040906348
 UP BOUND     g_26_0    1.3625426433213768
 UP BOUND     g_26_1    1.3625426433213768
 UP BOUND     g_27_0    2.8177488897163205
 UP BOUND     g_27_1    2.8177488897163205
 UP BOUND     g_28_0    2.6737310518552206
 UP BOUND     g_28_1    2.6737310518552206
 UP BOUND     g_29_0    1.82514240524452
 UP BOUND     g_29_1    1.82514240524452
 UP BOUND     g_30_0    2.2595652866482343
 UP BOUND     g_30_1    2.2595652866482343
 UP BOUND     g_31_0    1.6915654048740192
 UP BOUND     g_31_1    1.6915654048740192
 UP BOUND     g_32_0    1.2276789667325225
 UP BOUND     g_32_1    1.2276789667325225
 UP BOUND     g_33_0    2.319210988273503
 UP BOUND     g_33_1    2.319210988273503
 UP BOUND     g_34_0    1.9317085108031382
 UP BOUND     g_34_1    1.9317085108031382
 UP BOUND     g_35_0    2.4981994218543457
 UP BOUND     g_35_1    2.4981994218543457
 UP BOUND     g_36_0    1.3983755497727617
 UP BOUND     g_36_1    1.3983755497727617
 UP BOUND     g_37_0    2.1778712505441709
 UP BOUND     g_37_1    2.1778712505441709
 UP BOUND     g_38_0    1.6324282687026572
 UP BOUND     g_38_1    1.6324282687026572
 UP BOUND     g_39_0    1.8489262488948512
 UP BOUND     g_39_1    1.8489262488948512
 UP BOUND     g_40_0    1.8135169234325847
 UP BOUND     g_40_1    1.8135169234325847
 UP BOUND     g_41_0    1.933818421757475
 UP BOUND     g_41_1    1.933818421757475
 UP BOUND     g_42_0    1.4593780437900887
 UP BOUND     g_42_1    1.4593780437900887
 UP BOUND     g_43_0    2.0832158212455387
 UP BOUND     g_43_1    2.0832158212455387
 UP BOUND     g_44_0    1.562327893002734
 UP BOUND     g_44_1    1.562327893002734
 UP BOUND     g_45_0    1.1389836799400814
 UP BOUND     g_45_1    1.1389836799400814
 UP BOUND     g_46_0    1.7547498219063777
 UP BOUND     g_46_1    1.7547498219063777
 UP BOUND     g_47_0    1.8536708148224983
 UP BOUND     g_47_1    1.8536708148224983
 UP BOUND     g_48_0    1.7760909474218425
 UP BOUND     g_48_1    1.7760909474218425
 UP BOUND     g_49_0    2.1229587543141069
 UP BOUND     g_49_1    2.1229587543141069
 UP BOUND     g_50_0    1.3440461130159798
 UP BOUND     g_50_1    1.3440461130159798
 UP BOUND     g_51_0    1.8504820584206159
 UP BOUND     g_51_1    1.8504820584206159
 UP BOUND     g_52_0    2.3374271933433155
 UP BOUND     g_52_1    2.3374271933433155
 UP BOUND     g_53_0    1.9034448777130331
 UP BOUND     g_53_1    1.9034448777130331
 UP BOUND     g_54_0    1.6581617607900037
 UP BOUND     g_54_1    1.6581617607900037
 UP BOUND     g_55_0    1.8289218595536112
 UP BOUND     g_55_1    1.8289218595536112
 UP BOUND     g_56_0    1.7144939627356879
 UP BOUND     g_56_1    1.7144939627356879
 UP BOUND     g_57_0    1.5469228308801171
 UP BOUND     g_57_1    1.5469228308801171
 UP BOUND     g_58_0    1.5944563042886621
 UP BOUND     g_58_1    1.5944563042886621
 UP BOUND     g_59_0    2.0292593396037519
 UP BOUND     g_59_1    2.0292593396037519
 UP BOUND     g_60_0    1.3345982607321365
 UP BOUND     g_60_1    1.3345982607321365
 UP BOUND     g_61_0    2.1282541972007598
 UP BOUND     g_61_1    2.1282541972007598
 UP BOUND     g_62_0    2.4013195463838022
 UP BOUND     g_62_1    2.4013195463838022
 UP BOUND     g_63_0    2.3496362775313364
 UP BOUND     g_63_1    2.3496362775313364
 UP BOUND     g_64_0    2.1427101102086201
 UP BOUND     g_64_1    2.1427101102086201
 UP BOUND     g_65_0    2.3681943624117285
 UP BOUND     g_65_1    2.3681943624117285
 UP BOUND     g_66_0    1.4373139512522883
 UP BOUND     g_66_1    1.4373139512522883
 UP BOUND     g_67_0    1.9237569675436188
 UP BOUND     g_67_1    1.9237569675436188
 UP BOUND     g_68_0    2.4210835928523009
 UP BOUND     g_68_1    2.4210835928523009
 UP BOUND     g_69_0    2.2743729931164003
 UP BOUND     g_69_1    2.2743729931164003
 UP BOUND     g_70_0    1.5137205654517385
 UP BOUND     g_70_1    1.5137205654517385
 UP BOUND     g_71_0    2.5676958392797267
 UP BOUND     g_71_1    2.5676958392797267
 UP BOUND     g_72_0    2.7403856085729172
 UP BOUND     g_72_1    2.7403856085729172
 UP BOUND     g_73_0    2.2810155477845369
 UP BOUND     g_73_1    2.2810155477845369
 UP BOUND     g_74_0    2.6768014785435059
 UP BOUND     g_74_1    2.6768014785435059
 UP BOUND     g_75_0    1.5796616680304638
 UP BOUND     g_75_1    1.5796616680304638
 UP BOUND     g_76_0    2.0449646345687569
 UP BOUND     g_76_1    2.0449646345687569
 UP BOUND     g_77_0    1.5243762546559045
 UP BOUND     g_77_1    1.5243762546559045
 UP BOUND     g_78_0    2.8575807015148236
 UP BOUND     g_78_1    2.8575807015148236
 UP BOUND     g_79_0    2.0411543542924315
 UP BOUND     g_79_1    2.0411543542924315
ENDATA
