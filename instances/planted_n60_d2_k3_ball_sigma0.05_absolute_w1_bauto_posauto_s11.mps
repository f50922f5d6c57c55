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
 G  relu_ge_pre_160
 G  relu_ge_pre_161
 G  relu_ge_pre_162
 G  relu_ge_pre_163
 G  relu_ge_pre_164
 G  relu_ge_pre_165
 G  relu_ge_pre_166
 G  relu_ge_pre_167
 G  relu_ge_pre_168
 G  relu_ge_pre_169
 G  relu_ge_pre_170
 G  relu_ge_pre_171
 G  relu_ge_pre_172
 G  relu_ge_pre_173
 G  relu_ge_pre_174
 G  relu_ge_pre_175
 G  relu_ge_pre_176
 G  relu_ge_pre_177
 G  relu_ge_pre_178
 G  relu_ge_pre_179
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
 L  relu_le_pre_160
 L  relu_le_pre_161
 L  relu_le_pre_162
 L  relu_le_pre_163
 L  relu_le_pre_164
 L  relu_le_pre_165
 L  relu_le_pre_166
 L  relu_le_pre_167
 L  relu_le_pre_168
 L  relu_le_pre_169
 L  relu_le_pre_170
 L  relu_le_pre_171
 L  relu_le_pre_172
 L  relu_le_pre_173
 L  relu_le_pre_174
 L  relu_le_pre_175
 L  relu_le_pre_176
 L  relu_le_pre_177
 L  relu_le_pre_178
 L  relu_le_pre_179
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
 L  relu_le_onoff_160
 L  relu_le_onoff_161
 L  relu_le_onoff_162
 L  relu_le_onoff_163
 L  relu_le_onoff_164
 L  relu_le_onoff_165
 L  relu_le_onoff_166
 L  relu_le_onoff_167
 L  relu_le_onoff_168
 L  relu_le_onoff_169
 L  relu_le_onoff_170
 L  relu_le_onoff_171
 L  relu_le_onoff_172
 L  relu_le_onoff_173
 L  relu_le_onoff_174
 L  relu_le_onoff_175
 L  relu_le_onoff_176
 L  relu_le_onoff_177
 L  relu_le_onoff_178
 L  relu_le_onoff_179
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
 L  prod_le_h_160
 L  prod_le_h_161
 L  prod_le_h_162
 L  prod_le_h_163
 L  prod_le_h_164
 L  prod_le_h_165
 L  prod_le_h_166
 L  prod_le_h_167
 L  prod_le_h_168
 L  prod_le_h_169
 L  prod_le_h_170
 L  prod_le_h_171
 L  prod_le_h_172
 L  prod_le_h_173
 L  prod_le_h_174
 L  prod_le_h_175
 L  prod_le_h_176
 L  prod_le_h_177
 L  prod_le_h_178
 L  prod_le_h_179
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
 L  prod_le_sign_160
 L  prod_le_sign_161
 L  prod_le_sign_162
 L  prod_le_sign_163
 L  prod_le_sign_164
 L  prod_le_sign_165
 L  prod_le_sign_166
 L  prod_le_sign_167
 L  prod_le_sign_168
 L  prod_le_sign_169
 L  prod_le_sign_170
 L  prod_le_sign_171
 L  prod_le_sign_172
 L  prod_le_sign_173
 L  prod_le_sign_174
 L  prod_le_sign_175
 L  prod_le_sign_176
 L  prod_le_sign_177
 L  prod_le_sign_178
 L  prod_le_sign_179
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
 G  prod_ge_160
 G  prod_ge_161
 G  prod_ge_162
 G  prod_ge_163
 G  prod_ge_164
 G  prod_ge_165
 G  prod_ge_166
 G  prod_ge_167
 G  prod_ge_168
 G  prod_ge_169
 G  prod_ge_170
 G  prod_ge_171
 G  prod_ge_172
 G  prod_ge_173
 G  prod_ge_174
 G  prod_ge_175
 G  prod_ge_176
 G  prod_ge_177
 G  prod_ge_178
 G  prod_ge_179
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
 G  symmetry_sign_0
 G  symmetry_sign_1
 G  symmetry_bias_0
 G  symmetry_bias_1
COLUMNS
    W_0_0     relu_ge_pre_0  -0.73468076014363215
    W_0_0     relu_ge_pre_3  0.62172607896112397
    W_0_0     relu_ge_pre_6  -0.9250022496215109
    W_0_0     relu_ge_pre_9  0.18199257823619161
    W_0_0     relu_ge_pre_12  0.12873803738318493
    W_0_0     relu_ge_pre_15  -0.45575879023325866
    W_0_0     relu_ge_pre_18  0.76110321824580685
    W_0_0     relu_ge_pre_21  0.13842402844755439
    W_0_0     relu_ge_pre_24  0.68166245685873927
    W_0_0     relu_ge_pre_27  -0.21494974815134996
    W_0_0     relu_ge_pre_30  0.79521315079554267
    W_0_0     relu_ge_pre_33  -0.78206279077909979
    W_0_0     relu_ge_pre_36  -0.41526151231939334
    W_0_0     relu_ge_pre_39  0.21499149140996981
    W_0_0     relu_ge_pre_42  -0.42111967097577585
    W_0_0     relu_ge_pre_45  -0.57765688531997095
    W_0_0     relu_ge_pre_48  0.3092796398665178
    W_0_0     relu_ge_pre_51  0.37035960017248071
    W_0_0     relu_ge_pre_54  -0.36320881733166527
    W_0_0     relu_ge_pre_57  -0.6068490585686962
    W_0_0     relu_ge_pre_60  -0.45023731211870738
    W_0_0     relu_ge_pre_63  -0.45372642865034629
    W_0_0     relu_ge_pre_66  -0.55387200138675219
    W_0_0     relu_ge_pre_69  0.48053943430772955
    W_0_0     relu_ge_pre_72  0.24076837892551345
    W_0_0     relu_ge_pre_75  0.59719122967710814
    W_0_0     relu_ge_pre_78  -0.31231493180553171
    W_0_0     relu_ge_pre_81  -0.53080578654643273
    W_0_0     relu_ge_pre_84  -0.613431836178574
    W_0_0     relu_ge_pre_87  -0.56282453541609456
    W_0_0     relu_ge_pre_90  0.2016822517556135
    W_0_0     relu_ge_pre_93  -0.47206068022616443
    W_0_0     relu_ge_pre_96  0.62786222150089188
    W_0_0     relu_ge_pre_99  -0.49752947258988539
    W_0_0     relu_ge_pre_102  0.6185638038239708
    W_0_0     relu_ge_pre_105  0.28270017512809104
    W_0_0     relu_ge_pre_108  -0.35980648674527665
    W_0_0     relu_ge_pre_111  0.16683029835372831
    W_0_0     relu_ge_pre_114  -0.026954384655673489
    W_0_0     relu_ge_pre_117  -0.29566273189542447
    W_0_0     relu_ge_pre_120  0.56572447144066673
    W_0_0     relu_ge_pre_123  -0.85543358708849215
    W_0_0     relu_ge_pre_126  0.7414734947803111
    W_0_0     relu_ge_pre_129  0.07720532939894445
    W_0_0     relu_ge_pre_132  0.76887792124317333
    W_0_0     relu_ge_pre_135  -0.52326812947754076
    W_0_0     relu_ge_pre_138  0.1365314116831727
    W_0_0     relu_ge_pre_141  0.21797140430347522
    W_0_0     relu_ge_pre_144  0.11362420697030307
    W_0_0     relu_ge_pre_147  -0.57647190371929025
    W_0_0     relu_ge_pre_150  -0.39129110085310526
    W_0_0     relu_ge_pre_153  0.28428801900352263
    W_0_0     relu_ge_pre_156  -0.38055327856024135
    W_0_0     relu_ge_pre_159  0.67772166997448524
    W_0_0     relu_ge_pre_162  -0.43629622142298813
    W_0_0     relu_ge_pre_165  0.54132026099186681
    W_0_0     relu_ge_pre_168  -0.11557629380815101
    W_0_0     relu_ge_pre_171  -0.018058658353176788
    W_0_0     relu_ge_pre_174  0.1971611754208587
    W_0_0     relu_ge_pre_177  0.61662644529572619
    W_0_0     relu_le_pre_0  -0.73468076014363215
    W_0_0     relu_le_pre_3  0.62172607896112397
    W_0_0     relu_le_pre_6  -0.9250022496215109
    W_0_0     relu_le_pre_9  0.18199257823619161
    W_0_0     relu_le_pre_12  0.12873803738318493
    W_0_0     relu_le_pre_15  -0.45575879023325866
    W_0_0     relu_le_pre_18  0.76110321824580685
    W_0_0     relu_le_pre_21  0.13842402844755439
    W_0_0     relu_le_pre_24  0.68166245685873927
    W_0_0     relu_le_pre_27  -0.21494974815134996
    W_0_0     relu_le_pre_30  0.79521315079554267
    W_0_0     relu_le_pre_33  -0.78206279077909979
    W_0_0     relu_le_pre_36  -0.41526151231939334
    W_0_0     relu_le_pre_39  0.21499149140996981
    W_0_0     relu_le_pre_42  -0.42111967097577585
    W_0_0     relu_le_pre_45  -0.57765688531997095
    W_0_0     relu_le_pre_48  0.3092796398665178
    W_0_0     relu_le_pre_51  0.37035960017248071
    W_0_0     relu_le_pre_54  -0.36320881733166527
    W_0_0     relu_le_pre_57  -0.6068490585686962
    W_0_0     relu_le_pre_60  -0.45023731211870738
    W_0_0     relu_le_pre_63  -0.45372642865034629
    W_0_0     relu_le_pre_66  -0.55387200138675219
    W_0_0     relu_le_pre_69  0.48053943430772955
    W_0_0     relu_le_pre_72  0.24076837892551345
    W_0_0     relu_le_pre_75  0.59719122967710814
    W_0_0     relu_le_pre_78  -0.31231493180553171
    W_0_0     relu_le_pre_81  -0.53080578654643273
    W_0_0     relu_le_pre_84  -0.613431836178574
    W_0_0     relu_le_pre_87  -0.56282453541609456
    W_0_0     relu_le_pre_90  0.2016822517556135
    W_0_0     relu_le_pre_93  -0.47206068022616443
    W_0_0     relu_le_pre_96  0.62786222150089188
    W_0_0     relu_le_pre_99  -0.49752947258988539
    W_0_0     relu_le_pre_102  0.6185638038239708
    W_0_0     relu_le_pre_105  0.28270017512809104
    W_0_0     relu_le_pre_108  -0.35980648674527665
    W_0_0     relu_le_pre_111  0.16683029835372831
    W_0_0     relu_le_pre_114  -0.026954384655673489
    W_0_0     relu_le_pre_117  -0.29566273189542447
    W_0_0     relu_le_pre_120  0.56572447144066673
    W_0_0     relu_le_pre_123  -0.85543358708849215
    W_0_0     relu_le_pre_126  0.7414734947803111
    W_0_0     relu_le_pre_129  0.07720532939894445
    W_0_0     relu_le_pre_132  0.76887792124317333
    W_0_0     relu_le_pre_135  -0.52326812947754076
    W_0_0     relu_le_pre_138  0.1365314116831727
    W_0_0     relu_le_pre_141  0.21797140430347522
    W_0_0     relu_le_pre_144  0.11362420697030307
    W_0_0     relu_le_pre_147  -0.57647190371929025
    W_0_0     relu_le_pre_150  -0.39129110085310526
    W_0_0     relu_le_pre_153  0.28428801900352263
    W_0_0     relu_le_pre_156  -0.38055327856024135
    W_0_0     relu_le_pre_159  0.67772166997448524
    W_0_0     relu_le_pre_162  -0.43629622142298813
    W_0_0     relu_le_pre_165  0.54132026099186681
    W_0_0     relu_le_pre_168  -0.11557629380815101
    W_0_0     relu_le_pre_171  -0.018058658353176788
    W_0_0     relu_le_pre_174  0.1971611754208587
    W_0_0     relu_le_pre_177  0.61662644529572619
    W_0_1     relu_ge_pre_0  0.14746595453353914
    W_0_1     relu_ge_pre_3  -0.7595060705547072
    W_0_1     relu_ge_pre_6  0.22721347770750103
    W_0_1     relu_ge_pre_9  -0.81677583170140289
    W_0_1     relu_ge_pre_12  0.22400282225092824
    W_0_1     relu_ge_pre_15  0.77374760058174386
    W_0_1     relu_ge_pre_18  0.32264009136812694
    W_0_1     relu_ge_pre_21  0.35322659526043482
    W_0_1     relu_ge_pre_24  -0.016733826121923336
    W_0_1     relu_ge_pre_27  0.055850346007928174
    W_0_1     relu_ge_pre_30  -0.41171836258111588
    W_0_1     relu_ge_pre_33  0.32712689963848723
    W_0_1     relu_ge_pre_36  -0.79510123651285014
    W_0_1     relu_ge_pre_39  0.84510017112854374
    W_0_1     relu_ge_pre_42  -0.29985963329523313
    W_0_1     relu_ge_pre_45  0.67531699026156666
    W_0_1     relu_ge_pre_48  0.39181213646905255
    W_0_1     relu_ge_pre_51  -0.027004527332897422
    W_0_1     relu_ge_pre_54  0.50839884797438406
    W_0_1     relu_ge_pre_57  -0.35996468299725626
    W_0_1     relu_ge_pre_60  -0.28828546687804485
    W_0_1     relu_ge_pre_63  0.63238851388851114
    W_0_1     relu_ge_pre_66  -0.54381020153103787
    W_0_1     relu_ge_pre_69  -0.094337215824528531
    W_0_1     relu_ge_pre_72  -0.75139741518202552
    W_0_1     relu_ge_pre_75  0.024810335566452547
    W_0_1     relu_ge_pre_78  0.79821612488414206
    W_0_1     relu_ge_pre_81  0.093076144031360719
    W_0_1     relu_ge_pre_84  0.64999600860540196
    W_0_1     relu_ge_pre_87  -0.31359053432631995
    W_0_1     relu_ge_pre_90  -0.71593610312175071
    W_0_1     relu_ge_pre_93  -0.67119671920566315
    W_0_1     relu_ge_pre_96  -0.35237253910231314
    W_0_1     relu_ge_pre_99  0.10041209759022685
    W_0_1     relu_ge_pre_102  -0.77250269067119526
    W_0_1     relu_ge_pre_105  -0.12702762640422283
    W_0_1     relu_ge_pre_108  0.44211194081654748
    W_0_1     relu_ge_pre_111  0.72199719503170068
    W_0_1     relu_ge_pre_114  -0.16725409833784044
    W_0_1     relu_ge_pre_117  0.25980114522488157
    W_0_1     relu_ge_pre_120  -0.69225735169355629
    W_0_1     relu_ge_pre_123  -0.2281397818794012
    W_0_1     relu_ge_pre_126  -0.29526844338902625
    W_0_1     relu_ge_pre_129  0.94648771635282647
    W_0_1     relu_ge_pre_132  -0.40540121554064457
    W_0_1     relu_ge_pre_135  0.15803458995421477
    W_0_1     relu_ge_pre_138  0.79134423599116632
    W_0_1     relu_ge_pre_141  -0.54089817088355585
    W_0_1     relu_ge_pre_144  0.85844858466570151
    W_0_1     relu_ge_pre_147  -0.22907172035570661
    W_0_1     relu_ge_pre_150  -0.011603152643063656
    W_0_1     relu_ge_pre_153  0.89198482637137022
    W_0_1     relu_ge_pre_156  -0.73863702146633037
    W_0_1     relu_ge_pre_159  0.5342022811644549
    W_0_1     relu_ge_pre_162  0.60765411351813969
    W_0_1     relu_ge_pre_165  0.69993856361589557
    W_0_1     relu_ge_pre_168  -0.65917790973929713
    W_0_1     relu_ge_pre_171  -0.7519753490120048
    W_0_1     relu_ge_pre_174  -0.15391963259820651
    W_0_1     relu_ge_pre_177  0.41813937999234807
    W_0_1     relu_le_pre_0  0.14746595453353914
    W_0_1     relu_le_pre_3  -0.7595060705547072
    W_0_1     relu_le_pre_6  0.22721347770750103
    W_0_1     relu_le_pre_9  -0.81677583170140289
    W_0_1     relu_le_pre_12  0.22400282225092824
    W_0_1     relu_le_pre_15  0.77374760058174386
    W_0_1     relu_le_pre_18  0.32264009136812694
    W_0_1     relu_le_pre_21  0.35322659526043482
    W_0_1     relu_le_pre_24  -0.016733826121923336
    W_0_1     relu_le_pre_27  0.055850346007928174
    W_0_1     relu_le_pre_30  -0.41171836258111588
    W_0_1     relu_le_pre_33  0.32712689963848723
    W_0_1     relu_le_pre_36  -0.79510123651285014
    W_0_1     relu_le_pre_39  0.84510017112854374
    W_0_1     relu_le_pre_42  -0.29985963329523313
    W_0_1     relu_le_pre_45  0.67531699026156666
    W_0_1     relu_le_pre_48  0.39181213646905255
    W_0_1     relu_le_pre_51  -0.027004527332897422
    W_0_1     relu_le_pre_54  0.50839884797438406
    W_0_1     relu_le_pre_57  -0.35996468299725626
    W_0_1     relu_le_pre_60  -0.28828546687804485
    W_0_1     relu_le_pre_63  0.63238851388851114
    W_0_1     relu_le_pre_66  -0.54381020153103787
    W_0_1     relu_le_pre_69  -0.094337215824528531
    W_0_1     relu_le_pre_72  -0.75139741518202552
    W_0_1     relu_le_pre_75  0.024810335566452547
    W_0_1     relu_le_pre_78  0.79821612488414206
    W_0_1     relu_le_pre_81  0.093076144031360719
    W_0_1     relu_le_pre_84  0.64999600860540196
    W_0_1     relu_le_pre_87  -0.31359053432631995
    W_0_1     relu_le_pre_90  -0.71593610312175071
    W_0_1     relu_le_pre_93  -0.67119671920566315
    W_0_1     relu_le_pre_96  -0.35237253910231314
    W_0_1     relu_le_pre_99  0.10041209759022685
    W_0_1     relu_le_pre_102  -0.77250269067119526
    W_0_1     relu_le_pre_105  -0.12702762640422283
    W_0_1     relu_le_pre_108  0.44211194081654748
    W_0_1     relu_le_pre_111  0.72199719503170068
    W_0_1     relu_le_pre_114  -0.16725409833784044
    W_0_1     relu_le_pre_117  0.25980114522488157
    W_0_1     relu_le_pre_120  -0.69225735169355629
    W_0_1     relu_le_pre_123  -0.2281397818794012
    W_0_1     relu_le_pre_126  -0.29526844338902625
    W_0_1     relu_le_pre_129  0.94648771635282647
    W_0_1     relu_le_pre_132  -0.40540121554064457
    W_0_1     relu_le_pre_135  0.15803458995421477
    W_0_1     relu_le_pre_138  0.79134423599116632
    W_0_1     relu_le_pre_141  -0.54089817088355585
    W_0_1     relu_le_pre_144  0.85844858466570151
    W_0_1     relu_le_pre_147  -0.22907172035570661
    W_0_1     relu_le_pre_150  -0.011603152643063656
    W_0_1     relu_le_pre_153  0.89198482637137022
    W_0_1     relu_le_pre_156  -0.73863702146633037
    W_0_1     relu_le_pre_159  0.5342022811644549
    W_0_1     relu_le_pre_162  0.60765411351813969
    W_0_1     relu_le_pre_165  0.69993856361589557
    W_0_1     relu_le_pre_168  -0.65917790973929713
    W_0_1     relu_le_pre_171  -0.7519753490120048
    W_0_1     relu_le_pre_174  -0.15391963259820651
    W_0_1     relu_le_pre_177  0.41813937999234807
    W_1_0     relu_ge_pre_1  -0.73468076014363215
    W_1_0     relu_ge_pre_4  0.62172607896112397
    W_1_0     relu_ge_pre_7  -0.9250022496215109
    W_1_0     relu_ge_pre_10  0.18199257823619161
    W_1_0     relu_ge_pre_13  0.12873803738318493
    W_1_0     relu_ge_pre_16  -0.45575879023325866
    W_1_0     relu_ge_pre_19  0.76110321824580685
    W_1_0     relu_ge_pre_22  0.13842402844755439
    W_1_0     relu_ge_pre_25  0.68166245685873927
    W_1_0     relu_ge_pre_28  -0.21494974815134996
    W_1_0     relu_ge_pre_31  0.79521315079554267
    W_1_0     relu_ge_pre_34  -0.78206279077909979
    W_1_0     relu_ge_pre_37  -0.41526151231939334
    W_1_0     relu_ge_pre_40  0.21499149140996981
    W_1_0     relu_ge_pre_43  -0.42111967097577585
    W_1_0     relu_ge_pre_46  -0.57765688531997095
    W_1_0     relu_ge_pre_49  0.3092796398665178
    W_1_0     relu_ge_pre_52  0.37035960017248071
    W_1_0     relu_ge_pre_55  -0.36320881733166527
    W_1_0     relu_ge_pre_58  -0.6068490585686962
    W_1_0     relu_ge_pre_61  -0.45023731211870738
    W_1_0     relu_ge_pre_64  -0.45372642865034629
    W_1_0     relu_ge_pre_67  -0.55387200138675219
    W_1_0     relu_ge_pre_70  0.48053943430772955
    W_1_0     relu_ge_pre_73  0.24076837892551345
    W_1_0     relu_ge_pre_76  0.59719122967710814
    W_1_0     relu_ge_pre_79  -0.31231493180553171
    W_1_0     relu_ge_pre_82  -0.53080578654643273
    W_1_0     relu_ge_pre_85  -0.613431836178574
    W_1_0     relu_ge_pre_88  -0.56282453541609456
    W_1_0     relu_ge_pre_91  0.2016822517556135
    W_1_0     relu_ge_pre_94  -0.47206068022616443
    W_1_0     relu_ge_pre_97  0.62786222150089188
    W_1_0     relu_ge_pre_100  -0.49752947258988539
    W_1_0     relu_ge_pre_103  0.6185638038239708
    W_1_0     relu_ge_pre_106  0.28270017512809104
    W_1_0     relu_ge_pre_109  -0.35980648674527665
    W_1_0     relu_ge_pre_112  0.16683029835372831
    W_1_0     relu_ge_pre_115  -0.026954384655673489
    W_1_0     relu_ge_pre_118  -0.29566273189542447
    W_1_0     relu_ge_pre_121  0.56572447144066673
    W_1_0     relu_ge_pre_124  -0.85543358708849215
    W_1_0     relu_ge_pre_127  0.7414734947803111
    W_1_0     relu_ge_pre_130  0.07720532939894445
    W_1_0     relu_ge_pre_133  0.76887792124317333
    W_1_0     relu_ge_pre_136  -0.52326812947754076
    W_1_0     relu_ge_pre_139  0.1365314116831727
    W_1_0     relu_ge_pre_142  0.21797140430347522
    W_1_0     relu_ge_pre_145  0.11362420697030307
    W_1_0     relu_ge_pre_148  -0.57647190371929025
    W_1_0     relu_ge_pre_151  -0.39129110085310526
    W_1_0     relu_ge_pre_154  0.28428801900352263
    W_1_0     relu_ge_pre_157  -0.38055327856024135
    W_1_0     relu_ge_pre_160  0.67772166997448524
    W_1_0     relu_ge_pre_163  -0.43629622142298813
    W_1_0     relu_ge_pre_166  0.54132026099186681
    W_1_0     relu_ge_pre_169  -0.11557629380815101
    W_1_0     relu_ge_pre_172  -0.018058658353176788
    W_1_0     relu_ge_pre_175  0.1971611754208587
    W_1_0     relu_ge_pre_178  0.61662644529572619
    W_1_0     relu_le_pre_1  -0.73468076014363215
    W_1_0     relu_le_pre_4  0.62172607896112397
    W_1_0     relu_le_pre_7  -0.9250022496215109
    W_1_0     relu_le_pre_10  0.18199257823619161
    W_1_0     relu_le_pre_13  0.12873803738318493
    W_1_0     relu_le_pre_16  -0.45575879023325866
    W_1_0     relu_le_pre_19  0.76110321824580685
    W_1_0     relu_le_pre_22  0.13842402844755439
    W_1_0     relu_le_pre_25  0.68166245685873927
    W_1_0     relu_le_pre_28  -0.21494974815134996
    W_1_0     relu_le_pre_31  0.79521315079554267
    W_1_0     relu_le_pre_34  -0.78206279077909979
    W_1_0     relu_le_pre_37  -0.41526151231939334
    W_1_0     relu_le_pre_40  0.21499149140996981
    W_1_0     relu_le_pre_43  -0.42111967097577585
    W_1_0     relu_le_pre_46  -0.57765688531997095
    W_1_0     relu_le_pre_49  0.3092796398665178
    W_1_0     relu_le_pre_52  0.37035960017248071
    W_1_0     relu_le_pre_55  -0.36320881733166527
    W_1_0     relu_le_pre_58  -0.6068490585686962
    W_1_0     relu_le_pre_61  -0.45023731211870738
    W_1_0     relu_le_pre_64  -0.45372642865034629
    W_1_0     relu_le_pre_67  -0.55387200138675219
    W_1_0     relu_le_pre_70  0.48053943430772955
    W_1_0     relu_le_pre_73  0.24076837892551345
    W_1_0     relu_le_pre_76  0.59719122967710814
    W_1_0     relu_le_pre_79  -0.31231493180553171
    W_1_0     relu_le_pre_82  -0.53080578654643273
    W_1_0     relu_le_pre_85  -0.613431836178574
    W_1_0     relu_le_pre_88  -0.56282453541609456
    W_1_0     relu_le_pre_91  0.2016822517556135
    W_1_0     relu_le_pre_94  -0.47206068022616443
    W_1_0     relu_le_pre_97  0.62786222150089188
    W_1_0     relu_le_pre_100  -0.49752947258988539
    W_1_0     relu_le_pre_103  0.6185638038239708
    W_1_0     relu_le_pre_106  0.28270017512809104
    W_1_0     relu_le_pre_109  -0.35980648674527665
    W_1_0     relu_le_pre_112  0.16683029835372831
    W_1_0     relu_le_pre_115  -0.026954384655673489
    W_1_0     relu_le_pre_118  -0.29566273189542447
    W_1_0     relu_le_pre_121  0.56572447144066673
    W_1_0     relu_le_pre_124  -0.85543358708849215
    W_1_0     relu_le_pre_127  0.7414734947803111
    W_1_0     relu_le_pre_130  0.07720532939894445
    W_1_0     relu_le_pre_133  0.76887792124317333
    W_1_0     relu_le_pre_136  -0.52326812947754076
    W_1_0     relu_le_pre_139  0.1365314116831727
    W_1_0     relu_le_pre_142  0.21797140430347522
    W_1_0     relu_le_pre_145  0.11362420697030307
    W_1_0     relu_le_pre_148  -0.57647190371929025
    W_1_0     relu_le_pre_151  -0.39129110085310526
    W_1_0     relu_le_pre_154  0.28428801900352263
    W_1_0     relu_le_pre_157  -0.38055327856024135
    W_1_0     relu_le_pre_160  0.67772166997448524
    W_1_0     relu_le_pre_163  -0.43629622142298813
    W_1_0     relu_le_pre_166  0.54132026099186681
    W_1_0     relu_le_pre_169  -0.11557629380815101
    W_1_0     relu_le_pre_172  -0.018058658353176788
    W_1_0     relu_le_pre_175  0.1971611754208587
    W_1_0     relu_le_pre_178  0.61662644529572619
    W_1_1     relu_ge_pre_1  0.14746595453353914
    W_1_1     relu_ge_pre_4  -0.7595060705547072
    W_1_1     relu_ge_pre_7  0.22721347770750103
    W_1_1     relu_ge_pre_10  -0.81677583170140289
    W_1_1     relu_ge_pre_13  0.22400282225092824
    W_1_1     relu_ge_pre_16  0.77374760058174386
    W_1_1     relu_ge_pre_19  0.32264009136812694
    W_1_1     relu_ge_pre_22  0.35322659526043482
    W_1_1     relu_ge_pre_25  -0.016733826121923336
    W_1_1     relu_ge_pre_28  0.055850346007928174
    W_1_1     relu_ge_pre_31  -0.41171836258111588
    W_1_1     relu_ge_pre_34  0.32712689963848723
    W_1_1     relu_ge_pre_37  -0.79510123651285014
    W_1_1     relu_ge_pre_40  0.84510017112854374
    W_1_1     relu_ge_pre_43  -0.29985963329523313
    W_1_1     relu_ge_pre_46  0.67531699026156666
    W_1_1     relu_ge_pre_49  0.39181213646905255
    W_1_1     relu_ge_pre_52  -0.027004527332897422
    W_1_1     relu_ge_pre_55  0.50839884797438406
    W_1_1     relu_ge_pre_58  -0.35996468299725626
    W_1_1     relu_ge_pre_61  -0.28828546687804485
    W_1_1     relu_ge_pre_64  0.63238851388851114
    W_1_1     relu_ge_pre_67  -0.54381020153103787
    W_1_1     relu_ge_pre_70  -0.094337215824528531
    W_1_1     relu_ge_pre_73  -0.75139741518202552
    W_1_1     relu_ge_pre_76  0.024810335566452547
    W_1_1     relu_ge_pre_79  0.79821612488414206
    W_1_1     relu_ge_pre_82  0.093076144031360719
    W_1_1     relu_ge_pre_85  0.64999600860540196
    W_1_1     relu_ge_pre_88  -0.31359053432631995
    W_1_1     relu_ge_pre_91  -0.71593610312175071
    W_1_1     relu_ge_pre_94  -0.67119671920566315
    W_1_1     relu_ge_pre_97  -0.35237253910231314
    W_1_1     relu_ge_pre_100  0.10041209759022685
    W_1_1     relu_ge_pre_103  -0.77250269067119526
    W_1_1     relu_ge_pre_106  -0.12702762640422283
    W_1_1     relu_ge_pre_109  0.44211194081654748
    W_1_1     relu_ge_pre_112  0.72199719503170068
    W_1_1     relu_ge_pre_115  -0.16725409833784044
    W_1_1     relu_ge_pre_118  0.25980114522488157
    W_1_1     relu_ge_pre_121  -0.69225735169355629
    W_1_1     relu_ge_pre_124  -0.2281397818794012
    W_1_1     relu_ge_pre_127  -0.29526844338902625
    W_1_1     relu_ge_pre_130  0.94648771635282647
    W_1_1     relu_ge_pre_133  -0.40540121554064457
    W_1_1     relu_ge_pre_136  0.15803458995421477
    W_1_1     relu_ge_pre_139  0.79134423599116632
    W_1_1     relu_ge_pre_142  -0.54089817088355585
    W_1_1     relu_ge_pre_145  0.85844858466570151
    W_1_1     relu_ge_pre_148  -0.22907172035570661
    W_1_1     relu_ge_pre_151  -0.011603152643063656
    W_1_1     relu_ge_pre_154  0.89198482637137022
    W_1_1     relu_ge_pre_157  -0.73863702146633037
    W_1_1     relu_ge_pre_160  0.5342022811644549
    W_1_1     relu_ge_pre_163  0.60765411351813969
    W_1_1     relu_ge_pre_166  0.69993856361589557
    W_1_1     relu_ge_pre_169  -0.65917790973929713
    W_1_1     relu_ge_pre_172  -0.7519753490120048
    W_1_1     relu_ge_pre_175  -0.15391963259820651
    W_1_1     relu_ge_pre_178  0.41813937999234807
    W_1_1     relu_le_pre_1  0.14746595453353914
    W_1_1     relu_le_pre_4  -0.7595060705547072
    W_1_1     relu_le_pre_7  0.22721347770750103
    W_1_1     relu_le_pre_10  -0.81677583170140289
    W_1_1     relu_le_pre_13  0.22400282225092824
    W_1_1     relu_le_pre_16  0.77374760058174386
    W_1_1     relu_le_pre_19  0.32264009136812694
    W_1_1     relu_le_pre_22  0.35322659526043482
    W_1_1     relu_le_pre_25  -0.016733826121923336
    W_1_1     relu_le_pre_28  0.055850346007928174
    W_1_1     relu_le_pre_31  -0.41171836258111588
    W_1_1     relu_le_pre_34  0.32712689963848723
    W_1_1     relu_le_pre_37  -0.79510123651285014
    W_1_1     relu_le_pre_40  0.84510017112854374
    W_1_1     relu_le_pre_43  -0.29985963329523313
    W_1_1     relu_le_pre_46  0.67531699026156666
    W_1_1     relu_le_pre_49  0.39181213646905255
    W_1_1     relu_le_pre_52  -0.027004527332897422
    W_1_1     relu_le_pre_55  0.50839884797438406
    W_1_1     relu_le_pre_58  -0.35996468299725626
    W_1_1     relu_le_pre_61  -0.28828546687804485
    W_1_1     relu_le_pre_64  0.63238851388851114
    W_1_1     relu_le_pre_67  -0.54381020153103787
    W_1_1     relu_le_pre_70  -0.094337215824528531
    W_1_1     relu_le_pre_73  -0.75139741518202552
    W_1_1     relu_le_pre_76  0.024810335566452547
    W_1_1     relu_le_pre_79  0.79821612488414206
    W_1_1     relu_le_pre_82  0.093076144031360719
    W_1_1     relu_le_pre_85  0.64999600860540196
    W_1_1     relu_le_pre_88  -0.31359053432631995
    W_1_1     relu_le_pre_91  -0.71593610312175071
    W_1_1     relu_le_pre_94  -0.67119671920566315
    W_1_1     relu_le_pre_97  -0.35237253910231314
    W_1_1     relu_le_pre_100  0.10041209759022685
    W_1_1     relu_le_pre_103  -0.77250269067119526
    W_1_1     relu_le_pre_106  -0.12702762640422283
    W_1_1     relu_le_pre_109  0.44211194081654748
    W_1_1     relu_le_pre_112  0.72199719503170068
    W_1_1     relu_le_pre_115  -0.16725409833784044
    W_1_1     relu_le_pre_118  0.25980114522488157
    W_1_1     relu_le_pre_121  -0.69225735169355629
    W_1_1     relu_le_pre_124  -0.2281397818794012
    W_1_1     relu_le_pre_127  -0.29526844338902625
    W_1_1     relu_le_pre_130  0.94648771635282647
    W_1_1     relu_le_pre_133  -0.40540121554064457
    W_1_1     relu_le_pre_136  0.15803458995421477
    W_1_1     relu_le_pre_139  0.79134423599116632
    W_1_1     relu_le_pre_142  -0.54089817088355585
    W_1_1     relu_le_pre_145  0.85844858466570151
    W_1_1     relu_le_pre_148  -0.22907172035570661
    W_1_1     relu_le_pre_151  -0.011603152643063656
    W_1_1     relu_le_pre_154  0.89198482637137022
    W_1_1     relu_le_pre_157  -0.73863702146633037
    W_1_1     relu_le_pre_160  0.5342022811644549
    W_1_1     relu_le_pre_163  0.60765411351813969
    W_1_1     relu_le_pre_166  0.69993856361589557
    W_1_1     relu_le_pre_169  -0.65917790973929713
    W_1_1     relu_le_pre_172  -0.7519753490120048
    W_1_1     relu_le_pre_175  -0.15391963259820651
    W_1_1     relu_le_pre_178  0.41813937999234807
    W_2_0     relu_ge_pre_2  -0.73468076014363215
    W_2_0     relu_ge_pre_5  0.62172607896112397
    W_2_0     relu_ge_pre_8  -0.9250022496215109
    W_2_0     relu_ge_pre_11  0.18199257823619161
    W_2_0     relu_ge_pre_14  0.12873803738318493
    W_2_0     relu_ge_pre_17  -0.45575879023325866
    W_2_0     relu_ge_pre_20  0.76110321824580685
    W_2_0     relu_ge_pre_23  0.13842402844755439
    W_2_0     relu_ge_pre_26  0.68166245685873927
    W_2_0     relu_ge_pre_29  -0.21494974815134996
    W_2_0     relu_ge_pre_32  0.79521315079554267
    W_2_0     relu_ge_pre_35  -0.78206279077909979
    W_2_0     relu_ge_pre_38  -0.41526151231939334
    W_2_0     relu_ge_pre_41  0.21499149140996981
    W_2_0     relu_ge_pre_44  -0.42111967097577585
    W_2_0     relu_ge_pre_47  -0.57765688531997095
    W_2_0     relu_ge_pre_50  0.3092796398665178
    W_2_0     relu_ge_pre_53  0.37035960017248071
    W_2_0     relu_ge_pre_56  -0.36320881733166527
    W_2_0     relu_ge_pre_59  -0.6068490585686962
    W_2_0     relu_ge_pre_62  -0.45023731211870738
    W_2_0     relu_ge_pre_65  -0.45372642865034629
    W_2_0     relu_ge_pre_68  -0.55387200138675219
    W_2_0     relu_ge_pre_71  0.48053943430772955
    W_2_0     relu_ge_pre_74  0.24076837892551345
    W_2_0     relu_ge_pre_77  0.59719122967710814
    W_2_0     relu_ge_pre_80  -0.31231493180553171
    W_2_0     relu_ge_pre_83  -0.53080578654643273
    W_2_0     relu_ge_pre_86  -0.613431836178574
    W_2_0     relu_ge_pre_89  -0.56282453541609456
    W_2_0     relu_ge_pre_92  0.2016822517556135
    W_2_0     relu_ge_pre_95  -0.47206068022616443
    W_2_0     relu_ge_pre_98  0.62786222150089188
    W_2_0     relu_ge_pre_101  -0.49752947258988539
    W_2_0     relu_ge_pre_104  0.6185638038239708
    W_2_0     relu_ge_pre_107  0.28270017512809104
    W_2_0     relu_ge_pre_110  -0.35980648674527665
    W_2_0     relu_ge_pre_113  0.16683029835372831
    W_2_0     relu_ge_pre_116  -0.026954384655673489
    W_2_0     relu_ge_pre_119  -0.29566273189542447
    W_2_0     relu_ge_pre_122  0.56572447144066673
    W_2_0     relu_ge_pre_125  -0.85543358708849215
    W_2_0     relu_ge_pre_128  0.7414734947803111
    W_2_0     relu_ge_pre_131  0.07720532939894445
    W_2_0     relu_ge_pre_134  0.76887792124317333
    W_2_0     relu_ge_pre_137  -0.52326812947754076
    W_2_0     relu_ge_pre_140  0.1365314116831727
    W_2_0     relu_ge_pre_143  0.21797140430347522
    W_2_0     relu_ge_pre_146  0.11362420697030307
    W_2_0     relu_ge_pre_149  -0.57647190371929025
    W_2_0     relu_ge_pre_152  -0.39129110085310526
    W_2_0     relu_ge_pre_155  0.28428801900352263
    W_2_0     relu_ge_pre_158  -0.38055327856024135
    W_2_0     relu_ge_pre_161  0.67772166997448524
    W_2_0     relu_ge_pre_164  -0.43629622142298813
    W_2_0     relu_ge_pre_167  0.54132026099186681
    W_2_0     relu_ge_pre_170  -0.11557629380815101
    W_2_0     relu_ge_pre_173  -0.018058658353176788
    W_2_0     relu_ge_pre_176  0.1971611754208587
    W_2_0     relu_ge_pre_179  0.61662644529572619
    W_2_0     relu_le_pre_2  -0.73468076014363215
    W_2_0     relu_le_pre_5  0.62172607896112397
    W_2_0     relu_le_pre_8  -0.9250022496215109
    W_2_0     relu_le_pre_11  0.18199257823619161
    W_2_0     relu_le_pre_14  0.12873803738318493
    W_2_0     relu_le_pre_17  -0.45575879023325866
    W_2_0     relu_le_pre_20  0.76110321824580685
    W_2_0     relu_le_pre_23  0.13842402844755439
    W_2_0     relu_le_pre_26  0.68166245685873927
    W_2_0     relu_le_pre_29  -0.21494974815134996
    W_2_0     relu_le_pre_32  0.79521315079554267
    W_2_0     relu_le_pre_35  -0.78206279077909979
    W_2_0     relu_le_pre_38  -0.41526151231939334
    W_2_0     relu_le_pre_41  0.21499149140996981
    W_2_0     relu_le_pre_44  -0.42111967097577585
    W_2_0     relu_le_pre_47  -0.57765688531997095
    W_2_0     relu_le_pre_50  0.3092796398665178
    W_2_0     relu_le_pre_53  0.37035960017248071
    W_2_0     relu_le_pre_56  -0.36320881733166527
    W_2_0     relu_le_pre_59  -0.6068490585686962
    W_2_0     relu_le_pre_62  -0.45023731211870738
    W_2_0     relu_le_pre_65  -0.45372642865034629
    W_2_0     relu_le_pre_68  -0.55387200138675219
    W_2_0     relu_le_pre_71  0.48053943430772955
    W_2_0     relu_le_pre_74  0.24076837892551345
    W_2_0     relu_le_pre_77  0.59719122967710814
    W_2_0     relu_le_pre_80  -0.31231493180553171
    W_2_0     relu_le_pre_83  -0.53080578654643273
    W_2_0     relu_le_pre_86  -0.613431836178574
    W_2_0     relu_le_pre_89  -0.56282453541609456
    W_2_0     relu_le_pre_92  0.2016822517556135
    W_2_0     relu_le_pre_95  -0.47206068022616443
    W_2_0     relu_le_pre_98  0.62786222150089188
    W_2_0     relu_le_pre_101  -0.49752947258988539
    W_2_0     relu_le_pre_104  0.6185638038239708
    W_2_0     relu_le_pre_107  0.28270017512809104
    W_2_0     relu_le_pre_110  -0.35980648674527665
    W_2_0     relu_le_pre_113  0.16683029835372831
    W_2_0     relu_le_pre_116  -0.026954384655673489
    W_2_0     relu_le_pre_119  -0.29566273189542447
    W_2_0     relu_le_pre_122  0.56572447144066673
    W_2_0     relu_le_pre_125  -0.85543358708849215
    W_2_0     relu_le_pre_128  0.7414734947803111
    W_2_0     relu_le_pre_131  0.07720532939894445
    W_2_0     relu_le_pre_134  0.76887792124317333
    W_2_0     relu_le_pre_137  -0.52326812947754076
    W_2_0     relu_le_pre_140  0.1365314116831727
    W_2_0     relu_le_pre_143  0.21797140430347522
    W_2_0     relu_le_pre_146  0.11362420697030307
    W_2_0     relu_le_pre_149  -0.57647190371929025
    W_2_0     relu_le_pre_152  -0.39129110085310526
    W_2_0     relu_le_pre_155  0.28428801900352263
    W_2_0     relu_le_pre_158  -0.38055327856024135
    W_2_0     relu_le_pre_161  0.67772166997448524
    W_2_0     relu_le_pre_164  -0.43629622142298813
    W_2_0     relu_le_pre_167  0.54132026099186681
    W_2_0     relu_le_pre_170  -0.11557629380815101
    W_2_0     relu_le_pre_173  -0.018058658353176788
    W_2_0     relu_le_pre_176  0.1971611754208587
    W_2_0     relu_le_pre_179  0.61662644529572619
    W_2_1     relu_ge_pre_2  0.14746595453353914
    W_2_1     relu_ge_pre_5  -0.7595060705547072
    W_2_1     relu_ge_pre_8  0.22721347770750103
    W_2_1     relu_ge_pre_11  -0.81677583170140289
    W_2_1     relu_ge_pre_14  0.22400282225092824
    W_2_1     relu_ge_pre_17  0.77374760058174386
    W_2_1     relu_ge_pre_20  0.32264009136812694
    W_2_1     relu_ge_pre_23  0.35322659526043482
    W_2_1     relu_ge_pre_26  -0.016733826121923336
    W_2_1     relu_ge_pre_29  0.055850346007928174
    W_2_1     relu_ge_pre_32  -0.41171836258111588
    W_2_1     relu_ge_pre_35  0.32712689963848723
    W_2_1     relu_ge_pre_38  -0.79510123651285014
    W_2_1     relu_ge_pre_41  0.84510017112854374
    W_2_1     relu_ge_pre_44  -0.29985963329523313
    W_2_1     relu_ge_pre_47  0.67531699026156666
    W_2_1     relu_ge_pre_50  0.39181213646905255
    W_2_1     relu_ge_pre_53  -0.027004527332897422
    W_2_1     relu_ge_pre_56  0.50839884797438406
    W_2_1     relu_ge_pre_59  -0.35996468299725626
    W_2_1     relu_ge_pre_62  -0.28828546687804485
    W_2_1     relu_ge_pre_65  0.63238851388851114
    W_2_1     relu_ge_pre_68  -0.54381020153103787
    W_2_1     relu_ge_pre_71  -0.094337215824528531
    W_2_1     relu_ge_pre_74  -0.75139741518202552
    W_2_1     relu_ge_pre_77  0.024810335566452547
    W_2_1     relu_ge_pre_80  0.79821612488414206
    W_2_1     relu_ge_pre_83  0.093076144031360719
    W_2_1     relu_ge_pre_86  0.64999600860540196
    W_2_1     relu_ge_pre_89  -0.31359053432631995
    W_2_1     relu_ge_pre_92  -0.71593610312175071
    W_2_1     relu_ge_pre_95  -0.67119671920566315
    W_2_1     relu_ge_pre_98  -0.35237253910231314
    W_2_1     relu_ge_pre_101  0.10041209759022685
    W_2_1     relu_ge_pre_104  -0.77250269067119526
    W_2_1     relu_ge_pre_107  -0.12702762640422283
    W_2_1     relu_ge_pre_110  0.44211194081654748
    W_2_1     relu_ge_pre_113  0.72199719503170068
    W_2_1     relu_ge_pre_116  -0.16725409833784044
    W_2_1     relu_ge_pre_119  0.25980114522488157
    W_2_1     relu_ge_pre_122  -0.69225735169355629
    W_2_1     relu_ge_pre_125  -0.2281397818794012
    W_2_1     relu_ge_pre_128  -0.29526844338902625
    W_2_1     relu_ge_pre_131  0.94648771635282647
    W_2_1     relu_ge_pre_134  -0.40540121554064457
    W_2_1     relu_ge_pre_137  0.15803458995421477
    W_2_1     relu_ge_pre_140  0.79134423599116632
    W_2_1     relu_ge_pre_143  -0.54089817088355585
    W_2_1     relu_ge_pre_146  0.85844858466570151
    W_2_1     relu_ge_pre_149  -0.22907172035570661
    W_2_1     relu_ge_pre_152  -0.011603152643063656
    W_2_1     relu_ge_pre_155  0.89198482637137022
    W_2_1     relu_ge_pre_158  -0.73863702146633037
    W_2_1     relu_ge_pre_161  0.5342022811644549
    W_2_1     relu_ge_pre_164  0.60765411351813969
    W_2_1     relu_ge_pre_167  0.69993856361589557
    W_2_1     relu_ge_pre_170  -0.65917790973929713
    W_2_1     relu_ge_pre_173  -0.7519753490120048
    W_2_1     relu_ge_pre_176  -0.15391963259820651
    W_2_1     relu_ge_pre_179  0.41813937999234807
    W_2_1     relu_le_pre_2  0.14746595453353914
    W_2_1     relu_le_pre_5  -0.7595060705547072
    W_2_1     relu_le_pre_8  0.22721347770750103
    W_2_1     relu_le_pre_11  -0.81677583170140289
    W_2_1     relu_le_pre_14  0.22400282225092824
    W_2_1     relu_le_pre_17  0.77374760058174386
    W_2_1     relu_le_pre_20  0.32264009136812694
    W_2_1     relu_le_pre_23  0.35322659526043482
    W_2_1     relu_le_pre_26  -0.016733826121923336
    W_2_1     relu_le_pre_29  0.055850346007928174
    W_2_1     relu_le_pre_32  -0.41171836258111588
    W_2_1     relu_le_pre_35  0.32712689963848723
    W_2_1     relu_le_pre_38  -0.79510123651285014
    W_2_1     relu_le_pre_41  0.84510017112854374
    W_2_1     relu_le_pre_44  -0.29985963329523313
    W_2_1     relu_le_pre_47  0.67531699026156666
    W_2_1     relu_le_pre_50  0.39181213646905255
    W_2_1     relu_le_pre_53  -0.027004527332897422
    W_2_1     relu_le_pre_56  0.50839884797438406
    W_2_1     relu_le_pre_59  -0.35996468299725626
    W_2_1     relu_le_pre_62  -0.28828546687804485
    W_2_1     relu_le_pre_65  0.63238851388851114
    W_2_1     relu_le_pre_68  -0.54381020153103787
    W_2_1     relu_le_pre_71  -0.094337215824528531
    W_2_1     relu_le_pre_74  -0.75139741518202552
    W_2_1     relu_le_pre_77  0.024810335566452547
    W_2_1     relu_le_pre_80  0.79821612488414206
    W_2_1     relu_le_pre_83  0.093076144031360719
    W_2_1     relu_le_pre_86  0.64999600860540196
    W_2_1     relu_le_pre_89  -0.31359053432631995
    W_2_1     relu_le_pre_92  -0.71593610312175071
    W_2_1     relu_le_pre_95  -0.67119671920566315
    W_2_1     relu_le_pre_98  -0.35237253910231314
    W_2_1     relu_le_pre_101  0.10041209759022685
    W_2_1     relu_le_pre_104  -0.77250269067119526
    W_2_1     relu_le_pre_107  -0.12702762640422283
    W_2_1     relu_le_pre_110  0.44211194081654748
    W_2_1     relu_le_pre_113  0.72199719503170068
    W_2_1     relu_le_pre_116  -0.16725409833784044
    W_2_1     relu_le_pre_119  0.25980114522488157
    W_2_1     relu_le_pre_122  -0.69225735169355629
    W_2_1     relu_le_pre_125  -0.2281397818794012
    W_2_1     relu_le_pre_128  -0.29526844338902625
    W_2_1     relu_le_pre_131  0.94648771635282647
    W_2_1     relu_le_pre_134  -0.40540121554064457
    W_2_1     relu_le_pre_137  0.15803458995421477
    W_2_1     relu_le_pre_140  0.79134423599116632
    W_2_1     relu_le_pre_143  -0.54089817088355585
    W_2_1     relu_le_pre_146  0.85844858466570151
    W_2_1     relu_le_pre_149  -0.22907172035570661
    W_2_1     relu_le_pre_152  -0.011603152643063656
    W_2_1     relu_le_pre_155  0.89198482637137022
    W_2_1     relu_le_pre_158  -0.73863702146633037
    W_2_1     relu_le_pre_161  0.5342022811644549
    W_2_1     relu_le_pre_164  0.60765411351813969
    W_2_1     relu_le_pre_167  0.69993856361589557
    W_2_1     relu_le_pre_170  -0.65917790973929713
    W_2_1     relu_le_pre_173  -0.7519753490120048
    W_2_1     relu_le_pre_176  -0.15391963259820651
    W_2_1     relu_le_pre_179  0.41813937999234807
    b_0       relu_ge_pre_0  -1
    b_0       relu_ge_pre_3  -1
    b_0       relu_ge_pre_6  -1
    b_0       relu_ge_pre_9  -1
    b_0       relu_ge_pre_12  -1
    b_0       relu_ge_pre_15  -1
    b_0       relu_ge_pre_18  -1
    b_0       relu_ge_pre_21  -1
    b_0       relu_ge_pre_24  -1
    b_0       relu_ge_pre_27  -1
    b_0       relu_ge_pre_30  -1
    b_0       relu_ge_pre_33  -1
    b_0       relu_ge_pre_36  -1
    b_0       relu_ge_pre_39  -1
    b_0       relu_ge_pre_42  -1
    b_0       relu_ge_pre_45  -1
    b_0       relu_ge_pre_48  -1
    b_0       relu_ge_pre_51  -1
    b_0       relu_ge_pre_54  -1
    b_0       relu_ge_pre_57  -1
    b_0       relu_ge_pre_60  -1
    b_0       relu_ge_pre_63  -1
    b_0       relu_ge_pre_66  -1
    b_0       relu_ge_pre_69  -1
    b_0       relu_ge_pre_72  -1
    b_0       relu_ge_pre_75  -1
    b_0       relu_ge_pre_78  -1
    b_0       relu_ge_pre_81  -1
    b_0       relu_ge_pre_84  -1
    b_0       relu_ge_pre_87  -1
    b_0       relu_ge_pre_90  -1
    b_0       relu_ge_pre_93  -1
    b_0       relu_ge_pre_96  -1
    b_0       relu_ge_pre_99  -1
    b_0       relu_ge_pre_102  -1
    b_0       relu_ge_pre_105  -1
    b_0       relu_ge_pre_108  -1
    b_0       relu_ge_pre_111  -1
    b_0       relu_ge_pre_114  -1
    b_0       relu_ge_pre_117  -1
    b_0       relu_ge_pre_120  -1
    b_0       relu_ge_pre_123  -1
    b_0       relu_ge_pre_126  -1
    b_0       relu_ge_pre_129  -1
    b_0       relu_ge_pre_132  -1
    b_0       relu_ge_pre_135  -1
    b_0       relu_ge_pre_138  -1
    b_0       relu_ge_pre_141  -1
    b_0       relu_ge_pre_144  -1
    b_0       relu_ge_pre_147  -1
    b_0       relu_ge_pre_150  -1
    b_0       relu_ge_pre_153  -1
    b_0       relu_ge_pre_156  -1
    b_0       relu_ge_pre_159  -1
    b_0       relu_ge_pre_162  -1
    b_0       relu_ge_pre_165  -1
    b_0       relu_ge_pre_168  -1
    b_0       relu_ge_pre_171  -1
    b_0       relu_ge_pre_174  -1
    b_0       relu_ge_pre_177  -1
    b_0       relu_le_pre_0  -1
    b_0       relu_le_pre_3  -1
    b_0       relu_le_pre_6  -1
    b_0       relu_le_pre_9  -1
    b_0       relu_le_pre_12  -1
    b_0       relu_le_pre_15  -1
    b_0       relu_le_pre_18  -1
    b_0       relu_le_pre_21  -1
    b_0       relu_le_pre_24  -1
    b_0       relu_le_pre_27  -1
    b_0       relu_le_pre_30  -1
    b_0       relu_le_pre_33  -1
    b_0       relu_le_pre_36  -1
    b_0       relu_le_pre_39  -1
    b_0       relu_le_pre_42  -1
    b_0       relu_le_pre_45  -1
    b_0       relu_le_pre_48  -1
    b_0       relu_le_pre_51  -1
    b_0       relu_le_pre_54  -1
    b_0       relu_le_pre_57  -1
    b_0       relu_le_pre_60  -1
    b_0       relu_le_pre_63  -1
    b_0       relu_le_pre_66  -1
    b_0       relu_le_pre_69  -1
    b_0       relu_le_pre_72  -1
    b_0       relu_le_pre_75  -1
    b_0       relu_le_pre_78  -1
    b_0       relu_le_pre_81  -1
    b_0       relu_le_pre_84  -1
    b_0       relu_le_pre_87  -1
    b_0       relu_le_pre_90  -1
    b_0       relu_le_pre_93  -1
    b_0       relu_le_pre_96  -1
    b_0       relu_le_pre_99  -1
    b_0       relu_le_pre_102  -1
    b_0       relu_le_pre_105  -1
    b_0       relu_le_pre_108  -1
    b_0       relu_le_pre_111  -1
    b_0       relu_le_pre_114  -1
    b_0       relu_le_pre_117  -1
    b_0       relu_le_pre_120  -1
    b_0       relu_le_pre_123  -1
    b_0       relu_le_pre_126  -1
    b_0       relu_le_pre_129  -1
    b_0       relu_le_pre_132  -1
    b_0       relu_le_pre_135  -1
    b_0       relu_le_pre_138  -1
    b_0       relu_le_pre_141  -1
    b_0       relu_le_pre_144  -1
    b_0       relu_le_pre_147  -1
    b_0       relu_le_pre_150  -1
    b_0       relu_le_pre_153  -1
    b_0       relu_le_pre_156  -1
    b_0       relu_le_pre_159  -1
    b_0       relu_le_pre_162  -1
    b_0       relu_le_pre_165  -1
    b_0       relu_le_pre_168  -1
    b_0       relu_le_pre_171  -1
    b_0       relu_le_pre_174  -1
    b_0       relu_le_pre_177  -1
    b_0       symmetry_bias_0  1
    b_1       relu_ge_pre_1  -1
    b_1       relu_ge_pre_4  -1
    b_1       relu_ge_pre_7  -1
    b_1       relu_ge_pre_10  -1
    b_1       relu_ge_pre_13  -1
    b_1       relu_ge_pre_16  -1
    b_1       relu_ge_pre_19  -1
    b_1       relu_ge_pre_22  -1
    b_1       relu_ge_pre_25  -1
    b_1       relu_ge_pre_28  -1
    b_1       relu_ge_pre_31  -1
    b_1       relu_ge_pre_34  -1
    b_1       relu_ge_pre_37  -1
    b_1       relu_ge_pre_40  -1
    b_1       relu_ge_pre_43  -1
    b_1       relu_ge_pre_46  -1
    b_1       relu_ge_pre_49  -1
    b_1       relu_ge_pre_52  -1
    b_1       relu_ge_pre_55  -1
    b_1       relu_ge_pre_58  -1
    b_1       relu_ge_pre_61  -1
    b_1       relu_ge_pre_64  -1
    b_1       relu_ge_pre_67  -1
    b_1       relu_ge_pre_70  -1
    b_1       relu_ge_pre_73  -1
    b_1       relu_ge_pre_76  -1
    b_1       relu_ge_pre_79  -1
    b_1       relu_ge_pre_82  -1
    b_1       relu_ge_pre_85  -1
    b_1       relu_ge_pre_88  -1
    b_1       relu_ge_pre_91  -1
    b_1       relu_ge_pre_94  -1
    b_1       relu_ge_pre_97  -1
    b_1       relu_ge_pre_100  -1
    b_1       relu_ge_pre_103  -1
    b_1       relu_ge_pre_106  -1
    b_1       relu_ge_pre_109  -1
    b_1       relu_ge_pre_112  -1
    b_1       relu_ge_pre_115  -1
    b_1       relu_ge_pre_118  -1
    b_1       relu_ge_pre_121  -1
    b_1       relu_ge_pre_124  -1
    b_1       relu_ge_pre_127  -1
    b_1       relu_ge_pre_130  -1
    b_1       relu_ge_pre_133  -1
    b_1       relu_ge_pre_136  -1
    b_1       relu_ge_pre_139  -1
    b_1       relu_ge_pre_142  -1
    b_1       relu_ge_pre_145  -1
    b_1       relu_ge_pre_148  -1
    b_1       relu_ge_pre_151  -1
    b_1       relu_ge_pre_154  -1
    b_1       relu_ge_pre_157  -1
    b_1       relu_ge_pre_160  -1
    b_1       relu_ge_pre_163  -1
    b_1       relu_ge_pre_166  -1
    b_1       relu_ge_pre_169  -1
    b_1       relu_ge_pre_172  -1
    b_1       relu_ge_pre_175  -1
    b_1       relu_ge_pre_178  -1
    b_1       relu_le_pre_1  -1
    b_1       relu_le_pre_4  -1
    b_1       relu_le_pre_7  -1
    b_1       relu_le_pre_10  -1
    b_1       relu_le_pre_13  -1
    b_1       relu_le_pre_16  -1
    b_1       relu_le_pre_19  -1
    b_1       relu_le_pre_22  -1
    b_1       relu_le_pre_25  -1
    b_1       relu_le_pre_28  -1
    b_1       relu_le_pre_31  -1
    b_1       relu_le_pre_34  -1
    b_1       relu_le_pre_37  -1
    b_1       relu_le_pre_40  -1
    b_1       relu_le_pre_43  -1
    b_1       relu_le_pre_46  -1
    b_1       relu_le_pre_49  -1
    b_1       relu_le_pre_52  -1
    b_1       relu_le_pre_55  -1
    b_1       relu_le_pre_58  -1
    b_1       relu_le_pre_61  -1
    b_1       relu_le_pre_64  -1
    b_1       relu_le_pre_67  -1
    b_1       relu_le_pre_70  -1
    b_1       relu_le_pre_73  -1
    b_1       relu_le_pre_76  -1
    b_1       relu_le_pre_79  -1
    b_1       relu_le_pre_82  -1
    b_1       relu_le_pre_85  -1
    b_1       relu_le_pre_88  -1
    b_1       relu_le_pre_91  -1
    b_1       relu_le_pre_94  -1
    b_1       relu_le_pre_97  -1
    b_1       relu_le_pre_100  -1
    b_1       relu_le_pre_103  -1
    b_1       relu_le_pre_106  -1
    b_1       relu_le_pre_109  -1
    b_1       relu_le_pre_112  -1
    b_1       relu_le_pre_115  -1
    b_1       relu_le_pre_118  -1
    b_1       relu_le_pre_121  -1
    b_1       relu_le_pre_124  -1
    b_1       relu_le_pre_127  -1
    b_1       relu_le_pre_130  -1
    b_1       relu_le_pre_133  -1
    b_1       relu_le_pre_136  -1
    b_1       relu_le_pre_139  -1
    b_1       relu_le_pre_142  -1
    b_1       relu_le_pre_145  -1
    b_1       relu_le_pre_148  -1
    b_1       relu_le_pre_151  -1
    b_1       relu_le_pre_154  -1
    b_1       relu_le_pre_157  -1
    b_1       relu_le_pre_160  -1
    b_1       relu_le_pre_163  -1
    b_1       relu_le_pre_166  -1
    b_1       relu_le_pre_169  -1
    b_1       relu_le_pre_172  -1
    b_1       relu_le_pre_175  -1
    b_1       relu_le_pre_178  -1
    b_1       symmetry_bias_0  -1
    b_1       symmetry_bias_1  1
    b_2       relu_ge_pre_2  -1
    b_2       relu_ge_pre_5  -1
    b_2       relu_ge_pre_8  -1
    b_2       relu_ge_pre_11  -1
    b_2       relu_ge_pre_14  -1
    b_2       relu_ge_pre_17  -1
    b_2       relu_ge_pre_20  -1
    b_2       relu_ge_pre_23  -1
    b_2       relu_ge_pre_26  -1
    b_2       relu_ge_pre_29  -1
    b_2       relu_ge_pre_32  -1
    b_2       relu_ge_pre_35  -1
    b_2       relu_ge_pre_38  -1
    b_2       relu_ge_pre_41  -1
    b_2       relu_ge_pre_44  -1
    b_2       relu_ge_pre_47  -1
    b_2       relu_ge_pre_50  -1
    b_2       relu_ge_pre_53  -1
    b_2       relu_ge_pre_56  -1
    b_2       relu_ge_pre_59  -1
    b_2       relu_ge_pre_62  -1
    b_2       relu_ge_pre_65  -1
    b_2       relu_ge_pre_68  -1
    b_2       relu_ge_pre_71  -1
    b_2       relu_ge_pre_74  -1
    b_2       relu_ge_pre_77  -1
    b_2       relu_ge_pre_80  -1
    b_2       relu_ge_pre_83  -1
    b_2       relu_ge_pre_86  -1
    b_2       relu_ge_pre_89  -1
    b_2       relu_ge_pre_92  -1
    b_2       relu_ge_pre_95  -1
    b_2       relu_ge_pre_98  -1
    b_2       relu_ge_pre_101  -1
    b_2       relu_ge_pre_104  -1
    b_2       relu_ge_pre_107  -1
    b_2       relu_ge_pre_110  -1
    b_2       relu_ge_pre_113  -1
    b_2       relu_ge_pre_116  -1
    b_2       relu_ge_pre_119  -1
    b_2       relu_ge_pre_122  -1
    b_2       relu_ge_pre_125  -1
    b_2       relu_ge_pre_128  -1
    b_2       relu_ge_pre_131  -1
    b_2       relu_ge_pre_134  -1
    b_2       relu_ge_pre_137  -1
    b_2       relu_ge_pre_140  -1
    b_2       relu_ge_pre_143  -1
    b_2       relu_ge_pre_146  -1
    b_2       relu_ge_pre_149  -1
    b_2       relu_ge_pre_152  -1
    b_2       relu_ge_pre_155  -1
    b_2       relu_ge_pre_158  -1
    b_2       relu_ge_pre_161  -1
    b_2       relu_ge_pre_164  -1
    b_2       relu_ge_pre_167  -1
    b_2       relu_ge_pre_170  -1
    b_2       relu_ge_pre_173  -1
    b_2       relu_ge_pre_176  -1
    b_2       relu_ge_pre_179  -1
    b_2       relu_le_pre_2  -1
    b_2       relu_le_pre_5  -1
    b_2       relu_le_pre_8  -1
    b_2       relu_le_pre_11  -1
    b_2       relu_le_pre_14  -1
    b_2       relu_le_pre_17  -1
    b_2       relu_le_pre_20  -1
    b_2       relu_le_pre_23  -1
    b_2       relu_le_pre_26  -1
    b_2       relu_le_pre_29  -1
    b_2       relu_le_pre_32  -1
    b_2       relu_le_pre_35  -1
    b_2       relu_le_pre_38  -1
    b_2       relu_le_pre_41  -1
    b_2       relu_le_pre_44  -1
    b_2       relu_le_pre_47  -1
    b_2       relu_le_pre_50  -1
    b_2       relu_le_pre_53  -1
    b_2       relu_le_pre_56  -1
    b_2       relu_le_pre_59  -1
    b_2       relu_le_pre_62  -1
    b_2       relu_le_pre_65  -1
    b_2       relu_le_pre_68  -1
    b_2       relu_le_pre_71  -1
    b_2       relu_le_pre_74  -1
    b_2       relu_le_pre_77  -1
    b_2       relu_le_pre_80  -1
    b_2       relu_le_pre_83  -1
    b_2       relu_le_pre_86  -1
    b_2       relu_le_pre_89  -1
    b_2       relu_le_pre_92  -1
    b_2       relu_le_pre_95  -1
    b_2       relu_le_pre_98  -1
    b_2       relu_le_pre_101  -1
    b_2       relu_le_pre_104  -1
    b_2       relu_le_pre_107  -1
    b_2       relu_le_pre_110  -1
    b_2       relu_le_pre_113  -1
    b_2       relu_le_pre_116  -1
    b_2       relu_le_pre_119  -1
    b_2       relu_le_pre_122  -1
    b_2       relu_le_pre_125  -1
    b_2       relu_le_pre_128  -1
    b_2       relu_le_pre_131  -1
    b_2       relu_le_pre_134  -1
    b_2       relu_le_pre_137  -1
    b_2       relu_le_pre_140  -1
    b_2       relu_le_pre_143  -1
    b_2       relu_le_pre_146  -1
    b_2       relu_le_pre_149  -1
    b_2       relu_le_pre_152  -1
    b_2       relu_le_pre_155  -1
    b_2       relu_le_pre_158  -1
    b_2       relu_le_pre_161  -1
    b_2       relu_le_pre_164  -1
    b_2       relu_le_pre_167  -1
    b_2       relu_le_pre_170  -1
    b_2       relu_le_pre_173  -1
    b_2       relu_le_pre_176  -1
    b_2       relu_le_pre_179  -1
    b_2       symmetry_bias_1  -1
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
    h_0_2     relu_ge_pre_2  1
    h_0_2     relu_le_pre_2  1
    h_0_2     relu_le_onoff_2  1
    h_0_2     prod_le_h_2  -1
    h_0_2     prod_ge_2  -1
    h_0_2     residual_0  -1
    h_1_0     relu_ge_pre_3  1
    h_1_0     relu_le_pre_3  1
    h_1_0     relu_le_onoff_3  1
    h_1_0     prod_le_h_3  -1
    h_1_0     prod_ge_3  -1
    h_1_0     residual_1  -1
    h_1_1     relu_ge_pre_4  1
    h_1_1     relu_le_pre_4  1
    h_1_1     relu_le_onoff_4  1
    h_1_1     prod_le_h_4  -1
    h_1_1     prod_ge_4  -1
    h_1_1     residual_1  -1
    h_1_2     relu_ge_pre_5  1
    h_1_2     relu_le_pre_5  1
    h_1_2     relu_le_onoff_5  1
    h_1_2     prod_le_h_5  -1
    h_1_2     prod_ge_5  -1
    h_1_2     residual_1  -1
    h_2_0     relu_ge_pre_6  1
    h_2_0     relu_le_pre_6  1
    h_2_0     relu_le_onoff_6  1
    h_2_0     prod_le_h_6  -1
    h_2_0     prod_ge_6  -1
    h_2_0     residual_2  -1
    h_2_1     relu_ge_pre_7  1
    h_2_1     relu_le_pre_7  1
    h_2_1     relu_le_onoff_7  1
    h_2_1     prod_le_h_7  -1
    h_2_1     prod_ge_7  -1
    h_2_1     residual_2  -1
    h_2_2     relu_ge_pre_8  1
    h_2_2     relu_le_pre_8  1
    h_2_2     relu_le_onoff_8  1
    h_2_2     prod_le_h_8  -1
    h_2_2     prod_ge_8  -1
    h_2_2     residual_2  -1
    h_3_0     relu_ge_pre_9  1
    h_3_0     relu_le_pre_9  1
    h_3_0     relu_le_onoff_9  1
    h_3_0     prod_le_h_9  -1
    h_3_0     prod_ge_9  -1
    h_3_0     residual_3  -1
    h_3_1     relu_ge_pre_10  1
    h_3_1     relu_le_pre_10  1
    h_3_1     relu_le_onoff_10  1
    h_3_1     prod_le_h_10  -1
    h_3_1     prod_ge_10  -1
    h_3_1     residual_3  -1
    h_3_2     relu_ge_pre_11  1
    h_3_2     relu_le_pre_11  1
    h_3_2     relu_le_onoff_11  1
    h_3_2     prod_le_h_11  -1
    h_3_2     prod_ge_11  -1
    h_3_2     residual_3  -1
    h_4_0     relu_ge_pre_12  1
    h_4_0     relu_le_pre_12  1
    h_4_0     relu_le_onoff_12  1
    h_4_0     prod_le_h_12  -1
    h_4_0     prod_ge_12  -1
    h_4_0     residual_4  -1
    h_4_1     relu_ge_pre_13  1
    h_4_1     relu_le_pre_13  1
    h_4_1     relu_le_onoff_13  1
    h_4_1     prod_le_h_13  -1
    h_4_1     prod_ge_13  -1
    h_4_1     residual_4  -1
    h_4_2     relu_ge_pre_14  1
    h_4_2     relu_le_pre_14  1
    h_4_2     relu_le_onoff_14  1
    h_4_2     prod_le_h_14  -1
    h_4_2     prod_ge_14  -1
    h_4_2     residual_4  -1
    h_5_0     relu_ge_pre_15  1
    h_5_0     relu_le_pre_15  1
    h_5_0     relu_le_onoff_15  1
    h_5_0     prod_le_h_15  -1
    h_5_0     prod_ge_15  -1
    h_5_0     residual_5  -1
    h_5_1     relu_ge_pre_16  1
    h_5_1     relu_le_pre_16  1
    h_5_1     relu_le_onoff_16  1
    h_5_1     prod_le_h_16  -1
    h_5_1     prod_ge_16  -1
    h_5_1     residual_5  -1
    h_5_2     relu_ge_pre_17  1
    h_5_2     relu_le_pre_17  1
    h_5_2     relu_le_onoff_17  1
    h_5_2     prod_le_h_17  -1
    h_5_2     prod_ge_17  -1
    h_5_2     residual_5  -1
    h_6_0     relu_ge_pre_18  1
    h_6_0     relu_le_pre_18  1
    h_6_0     relu_le_onoff_18  1
    h_6_0     prod_le_h_18  -1
    h_6_0     prod_ge_18  -1
    h_6_0     residual_6  -1
    h_6_1     relu_ge_pre_19  1
    h_6_1     relu_le_pre_19  1
    h_6_1     relu_le_onoff_19  1
    h_6_1     prod_le_h_19  -1
    h_6_1     prod_ge_19  -1
    h_6_1     residual_6  -1
    h_6_2     relu_ge_pre_20  1
    h_6_2     relu_le_pre_20  1
    h_6_2     relu_le_onoff_20  1
    h_6_2     prod_le_h_20  -1
    h_6_2     prod_ge_20  -1
    h_6_2     residual_6  -1
    h_7_0     relu_ge_pre_21  1
    h_7_0     relu_le_pre_21  1
    h_7_0     relu_le_onoff_21  1
    h_7_0     prod_le_h_21  -1
    h_7_0     prod_ge_21  -1
    h_7_0     residual_7  -1
    h_7_1     relu_ge_pre_22  1
    h_7_1     relu_le_pre_22  1
    h_7_1     relu_le_onoff_22  1
    h_7_1     prod_le_h_22  -1
    h_7_1     prod_ge_22  -1
    h_7_1     residual_7  -1
    h_7_2     relu_ge_pre_23  1
    h_7_2     relu_le_pre_23  1
    h_7_2     relu_le_onoff_23  1
    h_7_2     prod_le_h_23  -1
    h_7_2     prod_ge_23  -1
    h_7_2     residual_7  -1
    h_8_0     relu_ge_pre_24  1
    h_8_0     relu_le_pre_24  1
    h_8_0     relu_le_onoff_24  1
    h_8_0     prod_le_h_24  -1
    h_8_0     prod_ge_24  -1
    h_8_0     residual_8  -1
    h_8_1     relu_ge_pre_25  1
    h_8_1     relu_le_pre_25  1
    h_8_1     relu_le_onoff_25  1
    h_8_1     prod_le_h_25  -1
    h_8_1     prod_ge_25  -1
    h_8_1     residual_8  -1
    h_8_2     relu_ge_pre_26  1
    h_8_2     relu_le_pre_26  1
    h_8_2     relu_le_onoff_26  1
    h_8_2     prod_le_h_26  -1
    h_8_2     prod_ge_26  -1
    h_8_2     residual_8  -1
    h_9_0     relu_ge_pre_27  1
    h_9_0     relu_le_pre_27  1
    h_9_0     relu_le_onoff_27  1
    h_9_0     prod_le_h_27  -1
    h_9_0     prod_ge_27  -1
    h_9_0     residual_9  -1
    h_9_1     relu_ge_pre_28  1
    h_9_1     relu_le_pre_28  1
    h_9_1     relu_le_onoff_28  1
    h_9_1     prod_le_h_28  -1
    h_9_1     prod_ge_28  -1
    h_9_1     residual_9  -1
    h_9_2     relu_ge_pre_29  1
    h_9_2     relu_le_pre_29  1
    h_9_2     relu_le_onoff_29  1
    h_9_2     prod_le_h_29  -1
    h_9_2     prod_ge_29  -1
    h_9_2     residual_9  -1
    h_10_0    relu_ge_pre_30  1
    h_10_0    relu_le_pre_30  1
    h_10_0    relu_le_onoff_30  1
    h_10_0    prod_le_h_30  -1
    h_10_0    prod_ge_30  -1
    h_10_0    residual_10  -1
    h_10_1    relu_ge_pre_31  1
    h_10_1    relu_le_pre_31  1
    h_10_1    relu_le_onoff_31  1
    h_10_1    prod_le_h_31  -1
    h_10_1    prod_ge_31  -1
    h_10_1    residual_10  -1
    h_10_2    relu_ge_pre_32  1
    h_10_2    relu_le_pre_32  1
    h_10_2    relu_le_onoff_32  1
    h_10_2    prod_le_h_32  -1
    h_10_2    prod_ge_32  -1
    h_10_2    residual_10  -1
    h_11_0    relu_ge_pre_33  1
    h_11_0    relu_le_pre_33  1
    h_11_0    relu_le_onoff_33  1
    h_11_0    prod_le_h_33  -1
    h_11_0    prod_ge_33  -1
    h_11_0    residual_11  -1
    h_11_1    relu_ge_pre_34  1
    h_11_1    relu_le_pre_34  1
    h_11_1    relu_le_onoff_34  1
    h_11_1    prod_le_h_34  -1
    h_11_1    prod_ge_34  -1
    h_11_1    residual_11  -1
    h_11_2    relu_ge_pre_35  1
    h_11_2    relu_le_pre_35  1
    h_11_2    relu_le_onoff_35  1
    h_11_2    prod_le_h_35  -1
    h_11_2    prod_ge_35  -1
    h_11_2    residual_11  -1
    h_12_0    relu_ge_pre_36  1
    h_12_0    relu_le_pre_36  1
    h_12_0    relu_le_onoff_36  1
    h_12_0    prod_le_h_36  -1
    h_12_0    prod_ge_36  -1
    h_12_0    residual_12  -1
    h_12_1    relu_ge_pre_37  1
    h_12_1    relu_le_pre_37  1
    h_12_1    relu_le_onoff_37  1
    h_12_1    prod_le_h_37  -1
    h_12_1    prod_ge_37  -1
    h_12_1    residual_12  -1
    h_12_2    relu_ge_pre_38  1
    h_12_2    relu_le_pre_38  1
    h_12_2    relu_le_onoff_38  1
    h_12_2    prod_le_h_38  -1
    h_12_2    prod_ge_38  -1
    h_12_2    residual_12  -1
    h_13_0    relu_ge_pre_39  1
    h_13_0    relu_le_pre_39  1
    h_13_0    relu_le_onoff_39  1
    h_13_0    prod_le_h_39  -1
    h_13_0    prod_ge_39  -1
    h_13_0    residual_13  -1
    h_13_1    relu_ge_pre_40  1
    h_13_1    relu_le_pre_40  1
    h_13_1    relu_le_onoff_40  1
    h_13_1    prod_le_h_40  -1
    h_13_1    prod_ge_40  -1
    h_13_1    residual_13  -1
    h_13_2    relu_ge_pre_41  1
    h_13_2    relu_le_pre_41  1
    h_13_2    relu_le_onoff_41  1
    h_13_2    prod_le_h_41  -1
    h_13_2    prod_ge_41  -1
    h_13_2    residual_13  -1
    h_14_0    relu_ge_pre_42  1
    h_14_0    relu_le_pre_42  1
    h_14_0    relu_le_onoff_42  1
    h_14_0    prod_le_h_42  -1
    h_14_0    prod_ge_42  -1
    h_14_0    residual_14  -1
    h_14_1    relu_ge_pre_43  1
    h_14_1    relu_le_pre_43  1
    h_14_1    relu_le_onoff_43  1
    h_14_1    prod_le_h_43  -1
    h_14_1    prod_ge_43  -1
    h_14_1    residual_14  -1
    h_14_2    relu_ge_pre_44  1
    h_14_2    relu_le_pre_44  1
    h_14_2    relu_le_onoff_44  1
    h_14_2    prod_le_h_44  -1
    h_14_2    prod_ge_44  -1
    h_14_2    residual_14  -1
    h_15_0    relu_ge_pre_45  1
    h_15_0    relu_le_pre_45  1
    h_15_0    relu_le_onoff_45  1
    h_15_0    prod_le_h_45  -1
    h_15_0    prod_ge_45  -1
    h_15_0    residual_15  -1
    h_15_1    relu_ge_pre_46  1
    h_15_1    relu_le_pre_46  1
    h_15_1    relu_le_onoff_46  1
    h_15_1    prod_le_h_46  -1
    h_15_1    prod_ge_46  -1
    h_15_1    residual_15  -1
    h_15_2    relu_ge_pre_47  1
    h_15_2    relu_le_pre_47  1
    h_15_2    relu_le_onoff_47  1
    h_15_2    prod_le_h_47  -1
    h_15_2    prod_ge_47  -1
    h_15_2    residual_15  -1
    h_16_0    relu_ge_pre_48  1
    h_16_0    relu_le_pre_48  1
    h_16_0    relu_le_onoff_48  1
    h_16_0    prod_le_h_48  -1
    h_16_0    prod_ge_48  -1
    h_16_0    residual_16  -1
    h_16_1    relu_ge_pre_49  1
    h_16_1    relu_le_pre_49  1
    h_16_1    relu_le_onoff_49  1
    h_16_1    prod_le_h_49  -1
    h_16_1    prod_ge_49  -1
    h_16_1    residual_16  -1
    h_16_2    relu_ge_pre_50  1
    h_16_2    relu_le_pre_50  1
    h_16_2    relu_le_onoff_50  1
    h_16_2    prod_le_h_50  -1
    h_16_2    prod_ge_50  -1
    h_16_2    residual_16  -1
    h_17_0    relu_ge_pre_51  1
    h_17_0    relu_le_pre_51  1
    h_17_0    relu_le_onoff_51  1
    h_17_0    prod_le_h_51  -1
    h_17_0    prod_ge_51  -1
    h_17_0    residual_17  -1
    h_17_1    relu_ge_pre_52  1
    h_17_1    relu_le_pre_52  1
    h_17_1    relu_le_onoff_52  1
    h_17_1    prod_le_h_52  -1
    h_17_1    prod_ge_52  -1
    h_17_1    residual_17  -1
    h_17_2    relu_ge_pre_53  1
    h_17_2    relu_le_pre_53  1
    h_17_2    relu_le_onoff_53  1
    h_17_2    prod_le_h_53  -1
    h_17_2    prod_ge_53  -1
    h_17_2    residual_17  -1
    h_18_0    relu_ge_pre_54  1
    h_18_0    relu_le_pre_54  1
    h_18_0    relu_le_onoff_54  1
    h_18_0    prod_le_h_54  -1
    h_18_0    prod_ge_54  -1
    h_18_0    residual_18  -1
    h_18_1    relu_ge_pre_55  1
    h_18_1    relu_le_pre_55  1
    h_18_1    relu_le_onoff_55  1
    h_18_1    prod_le_h_55  -1
    h_18_1    prod_ge_55  -1
    h_18_1    residual_18  -1
    h_18_2    relu_ge_pre_56  1
    h_18_2    relu_le_pre_56  1
    h_18_2    relu_le_onoff_56  1
    h_18_2    prod_le_h_56  -1
    h_18_2    prod_ge_56  -1
    h_18_2    residual_18  -1
    h_19_0    relu_ge_pre_57  1
    h_19_0    relu_le_pre_57  1
    h_19_0    relu_le_onoff_57  1
    h_19_0    prod_le_h_57  -1
    h_19_0    prod_ge_57  -1
    h_19_0    residual_19  -1
    h_19_1    relu_ge_pre_58  1
    h_19_1    relu_le_pre_58  1
    h_19_1    relu_le_onoff_58  1
    h_19_1    prod_le_h_58  -1
    h_19_1    prod_ge_58  -1
    h_19_1    residual_19  -1
    h_19_2    relu_ge_pre_59  1
    h_19_2    relu_le_pre_59  1
    h_19_2    relu_le_onoff_59  1
    h_19_2    prod_le_h_59  -1
    h_19_2    prod_ge_59  -1
    h_19_2    residual_19  -1
    h_20_0    relu_ge_pre_60  1
    h_20_0    relu_le_pre_60  1
    h_20_0    relu_le_onoff_60  1
    h_20_0    prod_le_h_60  -1
    h_20_0    prod_ge_60  -1
    h_20_0    residual_20  -1
    h_20_1    relu_ge_pre_61  1
    h_20_1    relu_le_pre_61  1
    h_20_1    relu_le_onoff_61  1
    h_20_1    prod_le_h_61  -1
    h_20_1    prod_ge_61  -1
    h_20_1    residual_20  -1
    h_20_2    relu_ge_pre_62  1
    h_20_2    relu_le_pre_62  1
    h_20_2    relu_le_onoff_62  1
    h_20_2    prod_le_h_62  -1
    h_20_2    prod_ge_62  -1
    h_20_2    residual_20  -1
    h_21_0    relu_ge_pre_63  1
    h_21_0    relu_le_pre_63  1
    h_21_0    relu_le_onoff_63  1
    h_21_0    prod_le_h_63  -1
    h_21_0    prod_ge_63  -1
    h_21_0    residual_21  -1
    h_21_1    relu_ge_pre_64  1
    h_21_1    relu_le_pre_64  1
    h_21_1    relu_le_onoff_64  1
    h_21_1    prod_le_h_64  -1
    h_21_1    prod_ge_64  -1
    h_21_1    residual_21  -1
    h_21_2    relu_ge_pre_65  1
    h_21_2    relu_le_pre_65  1
    h_21_2    relu_le_onoff_65  1
    h_21_2    prod_le_h_65  -1
    h_21_2    prod_ge_65  -1
    h_21_2    residual_21  -1
    h_22_0    relu_ge_pre_66  1
    h_22_0    relu_le_pre_66  1
    h_22_0    relu_le_onoff_66  1
    h_22_0    prod_le_h_66  -1
    h_22_0    prod_ge_66  -1
    h_22_0    residual_22  -1
    h_22_1    relu_ge_pre_67  1
    h_22_1    relu_le_pre_67  1
    h_22_1    relu_le_onoff_67  1
    h_22_1    prod_le_h_67  -1
    h_22_1    prod_ge_67  -1
    h_22_1    residual_22  -1
    h_22_2    relu_ge_pre_68  1
    h_22_2    relu_le_pre_68  1
    h_22_2    relu_le_onoff_68  1
    h_22_2    prod_le_h_68  -1
    h_22_2    prod_ge_68  -1
    h_22_2    residual_22  -1
    h_23_0    relu_ge_pre_69  1
    h_23_0    relu_le_pre_69  1
    h_23_0    relu_le_onoff_69  1
    h_23_0    prod_le_h_69  -1
    h_23_0    prod_ge_69  -1
    h_23_0    residual_23  -1
    h_23_1    relu_ge_pre_70  1
    h_23_1    relu_le_pre_70  1
    h_23_1    relu_le_onoff_70  1
    h_23_1    prod_le_h_70  -1
    h_23_1    prod_ge_70  -1
    h_23_1    residual_23  -1
    h_23_2    relu_ge_pre_71  1
    h_23_2    relu_le_pre_71  1
    h_23_2    relu_le_onoff_71  1
    h_23_2    prod_le_h_71  -1
    h_23_2    prod_ge_71  -1
    h_23_2    residual_23  -1
    h_24_0    relu_ge_pre_72  1
    h_24_0    relu_le_pre_72  1
    h_24_0    relu_le_onoff_72  1
    h_24_0    prod_le_h_72  -1
    h_24_0    prod_ge_72  -1
    h_24_0    residual_24  -1
    h_24_1    relu_ge_pre_73  1
    h_24_1    relu_le_pre_73  1
    h_24_1    relu_le_onoff_73  1
    h_24_1    prod_le_h_73  -1
    h_24_1    prod_ge_73  -1
    h_24_1    residual_24  -1
    h_24_2    relu_ge_pre_74  1
    h_24_2    relu_le_pre_74  1
    h_24_2    relu_le_onoff_74  1
    h_24_2    prod_le_h_74  -1
    h_24_2    prod_ge_74  -1
    h_24_2    residual_24  -1
    h_25_0    relu_ge_pre_75  1
    h_25_0    relu_le_pre_75  1
    h_25_0    relu_le_onoff_75  1
    h_25_0    prod_le_h_75  -1
    h_25_0    prod_ge_75  -1
    h_25_0    residual_25  -1
    h_25_1    relu_ge_pre_76  1
    h_25_1    relu_le_pre_76  1
    h_25_1    relu_le_onoff_76  1
    h_25_1    prod_le_h_76  -1
    h_25_1    prod_ge_76  -1
    h_25_1    residual_25  -1
    h_25_2    relu_ge_pre_77  1
    h_25_2    relu_le_pre_77  1
    h_25_2    relu_le_onoff_77  1
    h_25_2    prod_le_h_77  -1
    h_25_2    prod_ge_77  -1
    h_25_2    residual_25  -1
    h_26_0    relu_ge_pre_78  1
    h_26_0    relu_le_pre_78  1
    h_26_0    relu_le_onoff_78  1
    h_26_0    prod_le_h_78  -1
    h_26_0    prod_ge_78  -1
    h_26_0    residual_26  -1
    h_26_1    relu_ge_pre_79  1
    h_26_1    relu_le_pre_79  1
    h_26_1    relu_le_onoff_79  1
    h_26_1    prod_le_h_79  -1
    h_26_1    prod_ge_79  -1
    h_26_1    residual_26  -1
    h_26_2    relu_ge_pre_80  1
    h_26_2    relu_le_pre_80  1
    h_26_2    relu_le_onoff_80  1
    h_26_2    prod_le_h_80  -1
    h_26_2    prod_ge_80  -1
    h_26_2    residual_26  -1
    h_27_0    relu_ge_pre_81  1
    h_27_0    relu_le_pre_81  1
    h_27_0    relu_le_onoff_81  1
    h_27_0    prod_le_h_81  -1
    h_27_0    prod_ge_81  -1
    h_27_0    residual_27  -1
    h_27_1    relu_ge_pre_82  1
    h_27_1    relu_le_pre_82  1
    h_27_1    relu_le_onoff_82  1
    h_27_1    prod_le_h_82  -1
    h_27_1    prod_ge_82  -1
    h_27_1    residual_27  -1
    h_27_2    relu_ge_pre_83  1
    h_27_2    relu_le_pre_83  1
    h_27_2    relu_le_onoff_83  1
    h_27_2    prod_le_h_83  -1
    h_27_2    prod_ge_83  -1
    h_27_2    residual_27  -1
    h_28_0    relu_ge_pre_84  1
    h_28_0    relu_le_pre_84  1
    h_28_0    relu_le_onoff_84  1
    h_28_0    prod_le_h_84  -1
    h_28_0    prod_ge_84  -1
    h_28_0    residual_28  -1
    h_28_1    relu_ge_pre_85  1
    h_28_1    relu_le_pre_85  1
    h_28_1    relu_le_onoff_85  1
    h_28_1    prod_le_h_85  -1
    h_28_1    prod_ge_85  -1
    h_28_1    residual_28  -1
    h_28_2    relu_ge_pre_86  1
    h_28_2    relu_le_pre_86  1
    h_28_2    relu_le_onoff_86  1
    h_28_2    prod_le_h_86  -1
    h_28_2    prod_ge_86  -1
    h_28_2    residual_28  -1
    h_29_0    relu_ge_pre_87  1
    h_29_0    relu_le_pre_87  1
    h_29_0    relu_le_onoff_87  1
    h_29_0    prod_le_h_87  -1
    h_29_0    prod_ge_87  -1
    h_29_0    residual_29  -1
    h_29_1    relu_ge_pre_88  1
    h_29_1    relu_le_pre_88  1
    h_29_1    relu_le_onoff_88  1
    h_29_1    prod_le_h_88  -1
    h_29_1    prod_ge_88  -1
    h_29_1    residual_29  -1
    h_29_2    relu_ge_pre_89  1
    h_29_2    relu_le_pre_89  1
    h_29_2    relu_le_onoff_89  1
    h_29_2    prod_le_h_89  -1
    h_29_2    prod_ge_89  -1
    h_29_2    residual_29  -1
    h_30_0    relu_ge_pre_90  1
    h_30_0    relu_le_pre_90  1
    h_30_0    relu_le_onoff_90  1
    h_30_0    prod_le_h_90  -1
    h_30_0    prod_ge_90  -1
    h_30_0    residual_30  -1
    h_30_1    relu_ge_pre_91  1
    h_30_1    relu_le_pre_91  1
    h_30_1    relu_le_onoff_91  1
    h_30_1    prod_le_h_91  -1
    h_30_1    prod_ge_91  -1
    h_30_1    residual_30  -1
    h_30_2    relu_ge_pre_92  1
    h_30_2    relu_le_pre_92  1
    h_30_2    relu_le_onoff_92  1
    h_30_2    prod_le_h_92  -1
    h_30_2    prod_ge_92  -1
    h_30_2    residual_30  -1
    h_31_0    relu_ge_pre_93  1
    h_31_0    relu_le_pre_93  1
    h_31_0    relu_le_onoff_93  1
    h_31_0    prod_le_h_93  -1
    h_31_0    prod_ge_93  -1
    h_31_0    residual_31  -1
    h_31_1    relu_ge_pre_94  1
    h_31_1    relu_le_pre_94  1
    h_31_1    relu_le_onoff_94  1
    h_31_1    prod_le_h_94  -1
    h_31_1    prod_ge_94  -1
    h_31_1    residual_31  -1
    h_31_2    relu_ge_pre_95  1
    h_31_2    relu_le_pre_95  1
    h_31_2    relu_le_onoff_95  1
    h_31_2    prod_le_h_95  -1
    h_31_2    prod_ge_95  -1
    h_31_2    residual_31  -1
    h_32_0    relu_ge_pre_96  1
    h_32_0    relu_le_pre_96  1
    h_32_0    relu_le_onoff_96  1
    h_32_0    prod_le_h_96  -1
    h_32_0    prod_ge_96  -1
    h_32_0    residual_32  -1
    h_32_1    relu_ge_pre_97  1
    h_32_1    relu_le_pre_97  1
    h_32_1    relu_le_onoff_97  1
    h_32_1    prod_le_h_97  -1
    h_32_1    prod_ge_97  -1
    h_32_1    residual_32  -1
    h_32_2    relu_ge_pre_98  1
    h_32_2    relu_le_pre_98  1
    h_32_2    relu_le_onoff_98  1
    h_32_2    prod_le_h_98  -1
    h_32_2    prod_ge_98  -1
    h_32_2    residual_32  -1
    h_33_0    relu_ge_pre_99  1
    h_33_0    relu_le_pre_99  1
    h_33_0    relu_le_onoff_99  1
    h_33_0    prod_le_h_99  -1
    h_33_0    prod_ge_99  -1
    h_33_0    residual_33  -1
    h_33_1    relu_ge_pre_100  1
    h_33_1    relu_le_pre_100  1
    h_33_1    relu_le_onoff_100  1
    h_33_1    prod_le_h_100  -1
    h_33_1    prod_ge_100  -1
    h_33_1    residual_33  -1
    h_33_2    relu_ge_pre_101  1
    h_33_2    relu_le_pre_101  1
    h_33_2    relu_le_onoff_101  1
    h_33_2    prod_le_h_101  -1
    h_33_2    prod_ge_101  -1
    h_33_2    residual_33  -1
    h_34_0    relu_ge_pre_102  1
    h_34_0    relu_le_pre_102  1
    h_34_0    relu_le_onoff_102  1
    h_34_0    prod_le_h_102  -1
    h_34_0    prod_ge_102  -1
    h_34_0    residual_34  -1
    h_34_1    relu_ge_pre_103  1
    h_34_1    relu_le_pre_103  1
    h_34_1    relu_le_onoff_103  1
    h_34_1    prod_le_h_103  -1
    h_34_1    prod_ge_103  -1
    h_34_1    residual_34  -1
    h_34_2    relu_ge_pre_104  1
    h_34_2    relu_le_pre_104  1
    h_34_2    relu_le_onoff_104  1
    h_34_2    prod_le_h_104  -1
    h_34_2    prod_ge_104  -1
    h_34_2    residual_34  -1
    h_35_0    relu_ge_pre_105  1
    h_35_0    relu_le_pre_105  1
    h_35_0    relu_le_onoff_105  1
    h_35_0    prod_le_h_105  -1
    h_35_0    prod_ge_105  -1
    h_35_0    residual_35  -1
    h_35_1    relu_ge_pre_106  1
    h_35_1    relu_le_pre_106  1
    h_35_1    relu_le_onoff_106  1
    h_35_1    prod_le_h_106  -1
    h_35_1    prod_ge_106  -1
    h_35_1    residual_35  -1
    h_35_2    relu_ge_pre_107  1
    h_35_2    relu_le_pre_107  1
    h_35_2    relu_le_onoff_107  1
    h_35_2    prod_le_h_107  -1
    h_35_2    prod_ge_107  -1
    h_35_2    residual_35  -1
    h_36_0    relu_ge_pre_108  1
    h_36_0    relu_le_pre_108  1
    h_36_0    relu_le_onoff_108  1
    h_36_0    prod_le_h_108  -1
    h_36_0    prod_ge_108  -1
    h_36_0    residual_36  -1
    h_36_1    relu_ge_pre_109  1
    h_36_1    relu_le_pre_109  1
    h_36_1    relu_le_onoff_109  1
    h_36_1    prod_le_h_109  -1
    h_36_1    prod_ge_109  -1
    h_36_1    residual_36  -1
    h_36_2    relu_ge_pre_110  1
    h_36_2    relu_le_pre_110  1
    h_36_2    relu_le_onoff_110  1
    h_36_2    prod_le_h_110  -1
    h_36_2    prod_ge_110  -1
    h_36_2    residual_36  -1
    h_37_0    relu_ge_pre_111  1
    h_37_0    relu_le_pre_111  1
    h_37_0    relu_le_onoff_111  1
    h_37_0    prod_le_h_111  -1
    h_37_0    prod_ge_111  -1
    h_37_0    residual_37  -1
    h_37_1    relu_ge_pre_112  1
    h_37_1    relu_le_pre_112  1
    h_37_1    relu_le_onoff_112  1
    h_37_1    prod_le_h_112  -1
    h_37_1    prod_ge_112  -1
    h_37_1    residual_37  -1
    h_37_2    relu_ge_pre_113  1
    h_37_2    relu_le_pre_113  1
    h_37_2    relu_le_onoff_113  1
    h_37_2    prod_le_h_113  -1
    h_37_2    prod_ge_113  -1
    h_37_2    residual_37  -1
    h_38_0    relu_ge_pre_114  1
    h_38_0    relu_le_pre_114  1
    h_38_0    relu_le_onoff_114  1
    h_38_0    prod_le_h_114  -1
    h_38_0    prod_ge_114  -1
    h_38_0    residual_38  -1
    h_38_1    relu_ge_pre_115  1
    h_38_1    relu_le_pre_115  1
    h_38_1    relu_le_onoff_115  1
    h_38_1    prod_le_h_115  -1
    h_38_1    prod_ge_115  -1
    h_38_1    residual_38  -1
    h_38_2    relu_ge_pre_116  1
    h_38_2    relu_le_pre_116  1
    h_38_2    relu_le_onoff_116  1
    h_38_2    prod_le_h_116  -1
    h_38_2    prod_ge_116  -1
    h_38_2    residual_38  -1
    h_39_0    relu_ge_pre_117  1
    h_39_0    relu_le_pre_117  1
    h_39_0    relu_le_onoff_117  1
    h_39_0    prod_le_h_117  -1
    h_39_0    prod_ge_117  -1
    h_39_0    residual_39  -1
    h_39_1    relu_ge_pre_118  1
    h_39_1    relu_le_pre_118  1
    h_39_1    relu_le_onoff_118  1
    h_39_1    prod_le_h_118  -1
    h_39_1    prod_ge_118  -1
    h_39_1    residual_39  -1
    h_39_2    relu_ge_pre_119  1
    h_39_2    relu_le_pre_119  1
    h_39_2    relu_le_onoff_119  1
    h_39_2    prod_le_h_119  -1
    h_39_2    prod_ge_119  -1
    h_39_2    residual_39  -1
    h_40_0    relu_ge_pre_120  1
    h_40_0    relu_le_pre_120  1
    h_40_0    relu_le_onoff_120  1
    h_40_0    prod_le_h_120  -1
    h_40_0    prod_ge_120  -1
    h_40_0    residual_40  -1
    h_40_1    relu_ge_pre_121  1
    h_40_1    relu_le_pre_121  1
    h_40_1    relu_le_onoff_121  1
    h_40_1    prod_le_h_121  -1
    h_40_1    prod_ge_121  -1
    h_40_1    residual_40  -1
    h_40_2    relu_ge_pre_122  1
    h_40_2    relu_le_pre_122  1
    h_40_2    relu_le_onoff_122  1
    h_40_2    prod_le_h_122  -1
    h_40_2    prod_ge_122  -1
    h_40_2    residual_40  -1
    h_41_0    relu_ge_pre_123  1
    h_41_0    relu_le_pre_123  1
    h_41_0    relu_le_onoff_123  1
    h_41_0    prod_le_h_123  -1
    h_41_0    prod_ge_123  -1
    h_41_0    residual_41  -1
    h_41_1    relu_ge_pre_124  1
    h_41_1    relu_le_pre_124  1
    h_41_1    relu_le_onoff_124  1
    h_41_1    prod_le_h_124  -1
    h_41_1    prod_ge_124  -1
    h_41_1    residual_41  -1
    h_41_2    relu_ge_pre_125  1
    h_41_2    relu_le_pre_125  1
    h_41_2    relu_le_onoff_125  1
    h_41_2    prod_le_h_125  -1
    h_41_2    prod_ge_125  -1
    h_41_2    residual_41  -1
    h_42_0    relu_ge_pre_126  1
    h_42_0    relu_le_pre_126  1
    h_42_0    relu_le_onoff_126  1
    h_42_0    prod_le_h_126  -1
    h_42_0    prod_ge_126  -1
    h_42_0    residual_42  -1
    h_42_1    relu_ge_pre_127  1
    h_42_1    relu_le_pre_127  1
    h_42_1    relu_le_onoff_127  1
    h_42_1    prod_le_h_127  -1
    h_42_1    prod_ge_127  -1
    h_42_1    residual_42  -1
    h_42_2    relu_ge_pre_128  1
    h_42_2    relu_le_pre_128  1
    h_42_2    relu_le_onoff_128  1
    h_42_2    prod_le_h_128  -1
    h_42_2    prod_ge_128  -1
    h_42_2    residual_42  -1
    h_43_0    relu_ge_pre_129  1
    h_43_0    relu_le_pre_129  1
    h_43_0    relu_le_onoff_129  1
    h_43_0    prod_le_h_129  -1
    h_43_0    prod_ge_129  -1
    h_43_0    residual_43  -1
    h_43_1    relu_ge_pre_130  1
    h_43_1    relu_le_pre_130  1
    h_43_1    relu_le_onoff_130  1
    h_43_1    prod_le_h_130  -1
    h_43_1    prod_ge_130  -1
    h_43_1    residual_43  -1
    h_43_2    relu_ge_pre_131  1
    h_43_2    relu_le_pre_131  1
    h_43_2    relu_le_onoff_131  1
    h_43_2    prod_le_h_131  -1
    h_43_2    prod_ge_131  -1
    h_43_2    residual_43  -1
    h_44_0    relu_ge_pre_132  1
    h_44_0    relu_le_pre_132  1
    h_44_0    relu_le_onoff_132  1
    h_44_0    prod_le_h_132  -1
    h_44_0    prod_ge_132  -1
    h_44_0    residual_44  -1
    h_44_1    relu_ge_pre_133  1
    h_44_1    relu_le_pre_133  1
    h_44_1    relu_le_onoff_133  1
    h_44_1    prod_le_h_133  -1
    h_44_1    prod_ge_133  -1
    h_44_1    residual_44  -1
    h_44_2    relu_ge_pre_134  1
    h_44_2    relu_le_pre_134  1
    h_44_2    relu_le_onoff_134  1
    h_44_2    prod_le_h_134  -1
    h_44_2    prod_ge_134  -1
    h_44_2    residual_44  -1
    h_45_0    relu_ge_pre_135  1
    h_45_0    relu_le_pre_135  1
    h_45_0    relu_le_onoff_135  1
    h_45_0    prod_le_h_135  -1
    h_45_0    prod_ge_135  -1
    h_45_0    residual_45  -1
    h_45_1    relu_ge_pre_136  1
    h_45_1    relu_le_pre_136  1
    h_45_1    relu_le_onoff_136  1
    h_45_1    prod_le_h_136  -1
    h_45_1    prod_ge_136  -1
    h_45_1    residual_45  -1
    h_45_2    relu_ge_pre_137  1
    h_45_2    relu_le_pre_137  1
    h_45_2    relu_le_onoff_137  1
    h_45_2    prod_le_h_137  -1
    h_45_2    prod_ge_137  -1
    h_45_2    residual_45  -1
    h_46_0    relu_ge_pre_138  1
    h_46_0    relu_le_pre_138  1
    h_46_0    relu_le_onoff_138  1
    h_46_0    prod_le_h_138  -1
    h_46_0    prod_ge_138  -1
    h_46_0    residual_46  -1
    h_46_1    relu_ge_pre_139  1
    h_46_1    relu_le_pre_139  1
    h_46_1    relu_le_onoff_139  1
    h_46_1    prod_le_h_139  -1
    h_46_1    prod_ge_139  -1
    h_46_1    residual_46  -1
    h_46_2    relu_ge_pre_140  1
    h_46_2    relu_le_pre_140  1
    h_46_2    relu_le_onoff_140  1
    h_46_2    prod_le_h_140  -1
    h_46_2    prod_ge_140  -1
    h_46_2    residual_46  -1
    h_47_0    relu_ge_pre_141  1
    h_47_0    relu_le_pre_141  1
    h_47_0    relu_le_onoff_141  1
    h_47_0    prod_le_h_141  -1
    h_47_0    prod_ge_141  -1
    h_47_0    residual_47  -1
    h_47_1    relu_ge_pre_142  1
    h_47_1    relu_le_pre_142  1
    h_47_1    relu_le_onoff_142  1
    h_47_1    prod_le_h_142  -1
    h_47_1    prod_ge_142  -1
    h_47_1    residual_47  -1
    h_47_2    relu_ge_pre_143  1
    h_47_2    relu_le_pre_143  1
    h_47_2    relu_le_onoff_143  1
    h_47_2    prod_le_h_143  -1
    h_47_2    prod_ge_143  -1
    h_47_2    residual_47  -1
    h_48_0    relu_ge_pre_144  1
    h_48_0    relu_le_pre_144  1
    h_48_0    relu_le_onoff_144  1
    h_48_0    prod_le_h_144  -1
    h_48_0    prod_ge_144  -1
    h_48_0    residual_48  -1
    h_48_1    relu_ge_pre_145  1
    h_48_1    relu_le_pre_145  1
    h_48_1    relu_le_onoff_145  1
    h_48_1    prod_le_h_145  -1
    h_48_1    prod_ge_145  -1
    h_48_1    residual_48  -1
    h_48_2    relu_ge_pre_146  1
    h_48_2    relu_le_pre_146  1
    h_48_2    relu_le_onoff_146  1
    h_48_2    prod_le_h_146  -1
    h_48_2    prod_ge_146  -1
    h_48_2    residual_48  -1
    h_49_0    relu_ge_pre_147  1
    h_49_0    relu_le_pre_147  1
    h_49_0    relu_le_onoff_147  1
    h_49_0    prod_le_h_147  -1
    h_49_0    prod_ge_147  -1
    h_49_0    residual_49  -1
    h_49_1    relu_ge_pre_148  1
    h_49_1    relu_le_pre_148  1
    h_49_1    relu_le_onoff_148  1
    h_49_1    prod_le_h_148  -1
    h_49_1    prod_ge_148  -1
    h_49_1    residual_49  -1
    h_49_2    relu_ge_pre_149  1
    h_49_2    relu_le_pre_149  1
    h_49_2    relu_le_onoff_149  1
    h_49_2    prod_le_h_149  -1
    h_49_2    prod_ge_149  -1
    h_49_2    residual_49  -1
    h_50_0    relu_ge_pre_150  1
    h_50_0    relu_le_pre_150  1
    h_50_0    relu_le_onoff_150  1
    h_50_0    prod_le_h_150  -1
    h_50_0    prod_ge_150  -1
    h_50_0    residual_50  -1
    h_50_1    relu_ge_pre_151  1
    h_50_1    relu_le_pre_151  1
    h_50_1    relu_le_onoff_151  1
    h_50_1    prod_le_h_151  -1
    h_50_1    prod_ge_151  -1
    h_50_1    residual_50  -1
    h_50_2    relu_ge_pre_152  1
    h_50_2    relu_le_pre_152  1
    h_50_2    relu_le_onoff_152  1
    h_50_2    prod_le_h_152  -1
    h_50_2    prod_ge_152  -1
    h_50_2    residual_50  -1
    h_51_0    relu_ge_pre_153  1
    h_51_0    relu_le_pre_153  1
    h_51_0    relu_le_onoff_153  1
    h_51_0    prod_le_h_153  -1
    h_51_0    prod_ge_153  -1
    h_51_0    residual_51  -1
    h_51_1    relu_ge_pre_154  1
    h_51_1    relu_le_pre_154  1
    h_51_1    relu_le_onoff_154  1
    h_51_1    prod_le_h_154  -1
    h_51_1    prod_ge_154  -1
    h_51_1    residual_51  -1
    h_51_2    relu_ge_pre_155  1
    h_51_2    relu_le_pre_155  1
    h_51_2    relu_le_onoff_155  1
    h_51_2    prod_le_h_155  -1
    h_51_2    prod_ge_155  -1
    h_51_2    residual_51  -1
    h_52_0    relu_ge_pre_156  1
    h_52_0    relu_le_pre_156  1
    h_52_0    relu_le_onoff_156  1
    h_52_0    prod_le_h_156  -1
    h_52_0    prod_ge_156  -1
    h_52_0    residual_52  -1
    h_52_1    relu_ge_pre_157  1
    h_52_1    relu_le_pre_157  1
    h_52_1    relu_le_onoff_157  1
    h_52_1    prod_le_h_157  -1
    h_52_1    prod_ge_157  -1
    h_52_1    residual_52  -1
    h_52_2    relu_ge_pre_158  1
    h_52_2    relu_le_pre_158  1
    h_52_2    relu_le_onoff_158  1
    h_52_2    prod_le_h_158  -1
    h_52_2    prod_ge_158  -1
    h_52_2    residual_52  -1
    h_53_0    relu_ge_pre_159  1
    h_53_0    relu_le_pre_159  1
    h_53_0    relu_le_onoff_159  1
    h_53_0    prod_le_h_159  -1
    h_53_0    prod_ge_159  -1
    h_53_0    residual_53  -1
    h_53_1    relu_ge_pre_160  1
    h_53_1    relu_le_pre_160  1
    h_53_1    relu_le_onoff_160  1
    h_53_1    prod_le_h_160  -1
    h_53_1    prod_ge_160  -1
    h_53_1    residual_53  -1
    h_53_2    relu_ge_pre_161  1
    h_53_2    relu_le_pre_161  1
    h_53_2    relu_le_onoff_161  1
    h_53_2    prod_le_h_161  -1
    h_53_2    prod_ge_161  -1
    h_53_2    residual_53  -1
    h_54_0    relu_ge_pre_162  1
    h_54_0    relu_le_pre_162  1
    h_54_0    relu_le_onoff_162  1
    h_54_0    prod_le_h_162  -1
    h_54_0    prod_ge_162  -1
    h_54_0    residual_54  -1
    h_54_1    relu_ge_pre_163  1
    h_54_1    relu_le_pre_163  1
    h_54_1    relu_le_onoff_163  1
    h_54_1    prod_le_h_163  -1
    h_54_1    prod_ge_163  -1
    h_54_1    residual_54  -1
    h_54_2    relu_ge_pre_164  1
    h_54_2    relu_le_pre_164  1
    h_54_2    relu_le_onoff_164  1
    h_54_2    prod_le_h_164  -1
    h_54_2    prod_ge_164  -1
    h_54_2    residual_54  -1
    h_55_0    relu_ge_pre_165  1
    h_55_0    relu_le_pre_165  1
    h_55_0    relu_le_onoff_165  1
    h_55_0    prod_le_h_165  -1
    h_55_0    prod_ge_165  -1
    h_55_0    residual_55  -1
    h_55_1    relu_ge_pre_166  1
    h_55_1    relu_le_pre_166  1
    h_55_1    relu_le_onoff_166  1
    h_55_1    prod_le_h_166  -1
    h_55_1    prod_ge_166  -1
    h_55_1    residual_55  -1
    h_55_2    relu_ge_pre_167  1
    h_55_2    relu_le_pre_167  1
    h_55_2    relu_le_onoff_167  1
    h_55_2    prod_le_h_167  -1
    h_55_2    prod_ge_167  -1
    h_55_2    residual_55  -1
    h_56_0    relu_ge_pre_168  1
    h_56_0    relu_le_pre_168  1
    h_56_0    relu_le_onoff_168  1
    h_56_0    prod_le_h_168  -1
    h_56_0    prod_ge_168  -1
    h_56_0    residual_56  -1
    h_56_1    relu_ge_pre_169  1
    h_56_1    relu_le_pre_169  1
    h_56_1    relu_le_onoff_169  1
    h_56_1    prod_le_h_169  -1
    h_56_1    prod_ge_169  -1
    h_56_1    residual_56  -1
    h_56_2    relu_ge_pre_170  1
    h_56_2    relu_le_pre_170  1
    h_56_2    relu_le_onoff_170  1
    h_56_2    prod_le_h_170  -1
    h_56_2    prod_ge_170  -1
    h_56_2    residual_56  -1
    h_57_0    relu_ge_pre_171  1
    h_57_0    relu_le_pre_171  1
    h_57_0    relu_le_onoff_171  1
    h_57_0    prod_le_h_171  -1
    h_57_0    prod_ge_171  -1
    h_57_0    residual_57  -1
    h_57_1    relu_ge_pre_172  1
    h_57_1    relu_le_pre_172  1
    h_57_1    relu_le_onoff_172  1
    h_57_1    prod_le_h_172  -1
    h_57_1    prod_ge_172  -1
    h_57_1    residual_57  -1
    h_57_2    relu_ge_pre_173  1
    h_57_2    relu_le_pre_173  1
    h_57_2    relu_le_onoff_173  1
    h_57_2    prod_le_h_173  -1
    h_57_2    prod_ge_173  -1
    h_57_2    residual_57  -1
    h_58_0    relu_ge_pre_174  1
    h_58_0    relu_le_pre_174  1
    h_58_0    relu_le_onoff_174  1
    h_58_0    prod_le_h_174  -1
    h_58_0    prod_ge_174  -1
    h_58_0    residual_58  -1
    h_58_1    relu_ge_pre_175  1
    h_58_1    relu_le_pre_175  1
    h_58_1    relu_le_onoff_175  1
    h_58_1    prod_le_h_175  -1
    h_58_1    prod_ge_175  -1
    h_58_1    residual_58  -1
    h_58_2    relu_ge_pre_176  1
    h_58_2    relu_le_pre_176  1
    h_58_2    relu_le_onoff_176  1
    h_58_2    prod_le_h_176  -1
    h_58_2    prod_ge_176  -1
    h_58_2    residual_58  -1
    h_59_0    relu_ge_pre_177  1
    h_59_0    relu_le_pre_177  1
    h_59_0    relu_le_onoff_177  1
    h_59_0    prod_le_h_177  -1
    h_59_0    prod_ge_177  -1
    h_59_0    residual_59  -1
    h_59_1    relu_ge_pre_178  1
    h_59_1    relu_le_pre_178  1
    h_59_1    relu_le_onoff_178  1
    h_59_1    prod_le_h_178  -1
    h_59_1    prod_ge_178  -1
    h_59_1    residual_59  -1
    h_59_2    relu_ge_pre_179  1
    h_59_2    relu_le_pre_179  1
    h_59_2    relu_le_onoff_179  1
    h_59_2    prod_le_h_179  -1
    h_59_2    prod_ge_179  -1
    h_59_2    residual_59  -1
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  1.8821467146771713
    z_0_0     relu_le_onoff_0  -1.8821467146771713
    z_0_1     relu_le_pre_1  1.8821467146771713
    z_0_1     relu_le_onoff_1  -1.8821467146771713
    z_0_2     relu_le_pre_2  1.8821467146771713
    z_0_2     relu_le_onoff_2  -1.8821467146771713
    z_1_0     relu_le_pre_3  2.3812321495158311
    z_1_0     relu_le_onoff_3  -2.3812321495158311
    z_1_1     relu_le_pre_4  2.3812321495158311
    z_1_1     relu_le_onoff_4  -2.3812321495158311
    z_1_2     relu_le_pre_5  2.3812321495158311
    z_1_2     relu_le_onoff_5  -2.3812321495158311
    z_2_0     relu_le_pre_6  2.1522157273290121
    z_2_0     relu_le_onoff_6  -2.1522157273290121
    z_2_1     relu_le_pre_7  2.1522157273290121
    z_2_1     relu_le_onoff_7  -2.1522157273290121
    z_2_2     relu_le_pre_8  2.1522157273290121
    z_2_2     relu_le_onoff_8  -2.1522157273290121
    z_3_0     relu_le_pre_9  1.9987684099375946
    z_3_0     relu_le_onoff_9  -1.9987684099375946
    z_3_1     relu_le_pre_10  1.9987684099375946
    z_3_1     relu_le_onoff_10  -1.9987684099375946
    z_3_2     relu_le_pre_11  1.9987684099375946
    z_3_2     relu_le_onoff_11  -1.9987684099375946
    z_4_0     relu_le_pre_12  1.3527408596341131
    z_4_0     relu_le_onoff_12  -1.3527408596341131
    z_4_1     relu_le_pre_13  1.3527408596341131
    z_4_1     relu_le_onoff_13  -1.3527408596341131
    z_4_2     relu_le_pre_14  1.3527408596341131
    z_4_2     relu_le_onoff_14  -1.3527408596341131
    z_5_0     relu_le_pre_15  2.2295063908150023
    z_5_0     relu_le_onoff_15  -2.2295063908150023
    z_5_1     relu_le_pre_16  2.2295063908150023
    z_5_1     relu_le_onoff_16  -2.2295063908150023
    z_5_2     relu_le_pre_17  2.2295063908150023
    z_5_2     relu_le_onoff_17  -2.2295063908150023
    z_6_0     relu_le_pre_18  2.0837433096139337
    z_6_0     relu_le_onoff_18  -2.0837433096139337
    z_6_1     relu_le_pre_19  2.0837433096139337
    z_6_1     relu_le_onoff_19  -2.0837433096139337
    z_6_2     relu_le_pre_20  2.0837433096139337
    z_6_2     relu_le_onoff_20  -2.0837433096139337
    z_7_0     relu_le_pre_21  1.4916506237079892
    z_7_0     relu_le_onoff_21  -1.4916506237079892
    z_7_1     relu_le_pre_22  1.4916506237079892
    z_7_1     relu_le_onoff_22  -1.4916506237079892
    z_7_2     relu_le_pre_23  1.4916506237079892
    z_7_2     relu_le_onoff_23  -1.4916506237079892
    z_8_0     relu_le_pre_24  1.6983962829806627
    z_8_0     relu_le_onoff_24  -1.6983962829806627
    z_8_1     relu_le_pre_25  1.6983962829806627
    z_8_1     relu_le_onoff_25  -1.6983962829806627
    z_8_2     relu_le_pre_26  1.6983962829806627
    z_8_2     relu_le_onoff_26  -1.6983962829806627
    z_9_0     relu_le_pre_27  1.2708000941592781
    z_9_0     relu_le_onoff_27  -1.2708000941592781
    z_9_1     relu_le_pre_28  1.2708000941592781
    z_9_1     relu_le_onoff_28  -1.2708000941592781
    z_9_2     relu_le_pre_29  1.2708000941592781
    z_9_2     relu_le_onoff_29  -1.2708000941592781
    z_10_0    relu_le_pre_30  2.2069315133766585
    z_10_0    relu_le_onoff_30  -2.2069315133766585
    z_10_1    relu_le_pre_31  2.2069315133766585
    z_10_1    relu_le_onoff_31  -2.2069315133766585
    z_10_2    relu_le_pre_32  2.2069315133766585
    z_10_2    relu_le_onoff_32  -2.2069315133766585
    z_11_0    relu_le_pre_33  2.1091896904175869
    z_11_0    relu_le_onoff_33  -2.1091896904175869
    z_11_1    relu_le_pre_34  2.1091896904175869
    z_11_1    relu_le_onoff_34  -2.1091896904175869
    z_11_2    relu_le_pre_35  2.1091896904175869
    z_11_2    relu_le_onoff_35  -2.1091896904175869
    z_12_0    relu_le_pre_36  2.2103627488322433
    z_12_0    relu_le_onoff_36  -2.2103627488322433
    z_12_1    relu_le_pre_37  2.2103627488322433
    z_12_1    relu_le_onoff_37  -2.2103627488322433
    z_12_2    relu_le_pre_38  2.2103627488322433
    z_12_2    relu_le_onoff_38  -2.2103627488322433
    z_13_0    relu_le_pre_39  2.0600916625385137
    z_13_0    relu_le_onoff_39  -2.0600916625385137
    z_13_1    relu_le_pre_40  2.0600916625385137
    z_13_1    relu_le_onoff_40  -2.0600916625385137
    z_13_2    relu_le_pre_41  2.0600916625385137
    z_13_2    relu_le_onoff_41  -2.0600916625385137
    z_14_0    relu_le_pre_42  1.7209793042710091
    z_14_0    relu_le_onoff_42  -1.7209793042710091
    z_14_1    relu_le_pre_43  1.7209793042710091
    z_14_1    relu_le_onoff_43  -1.7209793042710091
    z_14_2    relu_le_pre_44  1.7209793042710091
    z_14_2    relu_le_onoff_44  -1.7209793042710091
    z_15_0    relu_le_pre_45  2.2529738755815378
    z_15_0    relu_le_onoff_45  -2.2529738755815378
    z_15_1    relu_le_pre_46  2.2529738755815378
    z_15_1    relu_le_onoff_46  -2.2529738755815378
    z_15_2    relu_le_pre_47  2.2529738755815378
    z_15_2    relu_le_onoff_47  -2.2529738755815378
    z_16_0    relu_le_pre_48  1.7010917763355704
    z_16_0    relu_le_onoff_48  -1.7010917763355704
    z_16_1    relu_le_pre_49  1.7010917763355704
    z_16_1    relu_le_onoff_49  -1.7010917763355704
    z_16_2    relu_le_pre_50  1.7010917763355704
    z_16_2    relu_le_onoff_50  -1.7010917763355704
    z_17_0    relu_le_pre_51  1.3973641275053781
    z_17_0    relu_le_onoff_51  -1.3973641275053781
    z_17_1    relu_le_pre_52  1.3973641275053781
    z_17_1    relu_le_onoff_52  -1.3973641275053781
    z_17_2    relu_le_pre_53  1.3973641275053781
    z_17_2    relu_le_onoff_53  -1.3973641275053781
    z_18_0    relu_le_pre_54  1.8716076653060494
    z_18_0    relu_le_onoff_54  -1.8716076653060494
    z_18_1    relu_le_pre_55  1.8716076653060494
    z_18_1    relu_le_onoff_55  -1.8716076653060494
    z_18_2    relu_le_pre_56  1.8716076653060494
    z_18_2    relu_le_onoff_56  -1.8716076653060494
    z_19_0    relu_le_pre_57  1.9668137415659523
    z_19_0    relu_le_onoff_57  -1.9668137415659523
    z_19_1    relu_le_pre_58  1.9668137415659523
    z_19_1    relu_le_onoff_58  -1.9668137415659523
    z_19_2    relu_le_pre_59  1.9668137415659523
    z_19_2    relu_le_onoff_59  -1.9668137415659523
    z_20_0    relu_le_pre_60  1.7385227789967521
    z_20_0    relu_le_onoff_60  -1.7385227789967521
    z_20_1    relu_le_pre_61  1.7385227789967521
    z_20_1    relu_le_onoff_61  -1.7385227789967521
    z_20_2    relu_le_pre_62  1.7385227789967521
    z_20_2    relu_le_onoff_62  -1.7385227789967521
    z_21_0    relu_le_pre_63  2.0861149425388574
    z_21_0    relu_le_onoff_63  -2.0861149425388574
    z_21_1    relu_le_pre_64  2.0861149425388574
    z_21_1    relu_le_onoff_64  -2.0861149425388574
    z_21_2    relu_le_pre_65  2.0861149425388574
    z_21_2    relu_le_onoff_65  -2.0861149425388574
    z_22_0    relu_le_pre_66  2.09768220291779
    z_22_0    relu_le_onoff_66  -2.09768220291779
    z_22_1    relu_le_pre_67  2.09768220291779
    z_22_1    relu_le_onoff_67  -2.09768220291779
    z_22_2    relu_le_pre_68  2.09768220291779
    z_22_2    relu_le_onoff_68  -2.09768220291779
    z_23_0    relu_le_pre_69  1.574876650132258
    z_23_0    relu_le_onoff_69  -1.574876650132258
    z_23_1    relu_le_pre_70  1.574876650132258
    z_23_1    relu_le_onoff_70  -1.574876650132258
    z_23_2    relu_le_pre_71  1.574876650132258
    z_23_2    relu_le_onoff_71  -1.574876650132258
    z_24_0    relu_le_pre_72  1.992165794107539
    z_24_0    relu_le_onoff_72  -1.992165794107539
    z_24_1    relu_le_pre_73  1.992165794107539
    z_24_1    relu_le_onoff_73  -1.992165794107539
    z_24_2    relu_le_pre_74  1.992165794107539
    z_24_2    relu_le_onoff_74  -1.992165794107539
    z_25_0    relu_le_pre_75  1.6220015652435607
    z_25_0    relu_le_onoff_75  -1.6220015652435607
    z_25_1    relu_le_pre_76  1.6220015652435607
    z_25_1    relu_le_onoff_76  -1.6220015652435607
    z_25_2    relu_le_pre_77  1.6220015652435607
    z_25_2    relu_le_onoff_77  -1.6220015652435607
    z_26_0    relu_le_pre_78  2.1105310566896738
    z_26_0    relu_le_onoff_78  -2.1105310566896738
    z_26_1    relu_le_pre_79  2.1105310566896738
    z_26_1    relu_le_onoff_79  -2.1105310566896738
    z_26_2    relu_le_pre_80  2.1105310566896738
    z_26_2    relu_le_onoff_80  -2.1105310566896738
    z_27_0    relu_le_pre_81  1.6238819305777934
    z_27_0    relu_le_onoff_81  -1.6238819305777934
    z_27_1    relu_le_pre_82  1.6238819305777934
    z_27_1    relu_le_onoff_82  -1.6238819305777934
    z_27_2    relu_le_pre_83  1.6238819305777934
    z_27_2    relu_le_onoff_83  -1.6238819305777934
    z_28_0    relu_le_pre_84  2.2634278447839762
    z_28_0    relu_le_onoff_84  -2.2634278447839762
    z_28_1    relu_le_pre_85  2.2634278447839762
    z_28_1    relu_le_onoff_85  -2.2634278447839762
    z_28_2    relu_le_pre_86  2.2634278447839762
    z_28_2    relu_le_onoff_86  -2.2634278447839762
    z_29_0    relu_le_pre_87  1.8764150697424145
    z_29_0    relu_le_onoff_87  -1.8764150697424145
    z_29_1    relu_le_pre_88  1.8764150697424145
    z_29_1    relu_le_onoff_88  -1.8764150697424145
    z_29_2    relu_le_pre_89  1.8764150697424145
    z_29_2    relu_le_onoff_89  -1.8764150697424145
    z_30_0    relu_le_pre_90  1.9176183548773642
    z_30_0    relu_le_onoff_90  -1.9176183548773642
    z_30_1    relu_le_pre_91  1.9176183548773642
    z_30_1    relu_le_onoff_91  -1.9176183548773642
    z_30_2    relu_le_pre_92  1.9176183548773642
    z_30_2    relu_le_onoff_92  -1.9176183548773642
    z_31_0    relu_le_pre_93  2.1432573994318274
    z_31_0    relu_le_onoff_93  -2.1432573994318274
    z_31_1    relu_le_pre_94  2.1432573994318274
    z_31_1    relu_le_onoff_94  -2.1432573994318274
    z_31_2    relu_le_pre_95  2.1432573994318274
    z_31_2    relu_le_onoff_95  -2.1432573994318274
    z_32_0    relu_le_pre_96  1.9802347606032051
    z_32_0    relu_le_onoff_96  -1.9802347606032051
    z_32_1    relu_le_pre_97  1.9802347606032051
    z_32_1    relu_le_onoff_97  -1.9802347606032051
    z_32_2    relu_le_pre_98  1.9802347606032051
    z_32_2    relu_le_onoff_98  -1.9802347606032051
    z_33_0    relu_le_pre_99  1.5979415701801123
    z_33_0    relu_le_onoff_99  -1.5979415701801123
    z_33_1    relu_le_pre_100  1.5979415701801123
    z_33_1    relu_le_onoff_100  -1.5979415701801123
    z_33_2    relu_le_pre_101  1.5979415701801123
    z_33_2    relu_le_onoff_101  -1.5979415701801123
    z_34_0    relu_le_pre_102  2.3910664944951661
    z_34_0    relu_le_onoff_102  -2.3910664944951661
    z_34_1    relu_le_pre_103  2.3910664944951661
    z_34_1    relu_le_onoff_103  -2.3910664944951661
    z_34_2    relu_le_pre_104  2.3910664944951661
    z_34_2    relu_le_onoff_104  -2.3910664944951661
    z_35_0    relu_le_pre_105  1.4097278015323138
    z_35_0    relu_le_onoff_105  -1.4097278015323138
    z_35_1    relu_le_pre_106  1.4097278015323138
    z_35_1    relu_le_onoff_106  -1.4097278015323138
    z_35_2    relu_le_pre_107  1.4097278015323138
    z_35_2    relu_le_onoff_107  -1.4097278015323138
    z_36_0    relu_le_pre_108  1.8019184275618241
    z_36_0    relu_le_onoff_108  -1.8019184275618241
    z_36_1    relu_le_pre_109  1.8019184275618241
    z_36_1    relu_le_onoff_109  -1.8019184275618241
    z_36_2    relu_le_pre_110  1.8019184275618241
    z_36_2    relu_le_onoff_110  -1.8019184275618241
    z_37_0    relu_le_pre_111  1.888827493385429
    z_37_0    relu_le_onoff_111  -1.888827493385429
    z_37_1    relu_le_pre_112  1.888827493385429
    z_37_1    relu_le_onoff_112  -1.888827493385429
    z_37_2    relu_le_pre_113  1.888827493385429
    z_37_2    relu_le_onoff_113  -1.888827493385429
    z_38_0    relu_le_pre_114  1.194208482993514
    z_38_0    relu_le_onoff_114  -1.194208482993514
    z_38_1    relu_le_pre_115  1.194208482993514
    z_38_1    relu_le_onoff_115  -1.194208482993514
    z_38_2    relu_le_pre_116  1.194208482993514
    z_38_2    relu_le_onoff_116  -1.194208482993514
    z_39_0    relu_le_pre_117  1.555463877120306
    z_39_0    relu_le_onoff_117  -1.555463877120306
    z_39_1    relu_le_pre_118  1.555463877120306
    z_39_1    relu_le_onoff_118  -1.555463877120306
    z_39_2    relu_le_pre_119  1.555463877120306
    z_39_2    relu_le_onoff_119  -1.555463877120306
    z_40_0    relu_le_pre_120  2.257981823134223
    z_40_0    relu_le_onoff_120  -2.257981823134223
    z_40_1    relu_le_pre_121  2.257981823134223
    z_40_1    relu_le_onoff_121  -2.257981823134223
    z_40_2    relu_le_pre_122  2.257981823134223
    z_40_2    relu_le_onoff_122  -2.257981823134223
    z_41_0    relu_le_pre_123  2.0835733689678935
    z_41_0    relu_le_onoff_123  -2.0835733689678935
    z_41_1    relu_le_pre_124  2.0835733689678935
    z_41_1    relu_le_onoff_124  -2.0835733689678935
    z_41_2    relu_le_pre_125  2.0835733689678935
    z_41_2    relu_le_onoff_125  -2.0835733689678935
    z_42_0    relu_le_pre_126  2.0367419381693375
    z_42_0    relu_le_onoff_126  -2.0367419381693375
    z_42_1    relu_le_pre_127  2.0367419381693375
    z_42_1    relu_le_onoff_127  -2.0367419381693375
    z_42_2    relu_le_pre_128  2.0367419381693375
    z_42_2    relu_le_onoff_128  -2.0367419381693375
    z_43_0    relu_le_pre_129  2.023693045751771
    z_43_0    relu_le_onoff_129  -2.023693045751771
    z_43_1    relu_le_pre_130  2.023693045751771
    z_43_1    relu_le_onoff_130  -2.023693045751771
    z_43_2    relu_le_pre_131  2.023693045751771
    z_43_2    relu_le_onoff_131  -2.023693045751771
    z_44_0    relu_le_pre_132  2.1742791367838179
    z_44_0    relu_le_onoff_132  -2.1742791367838179
    z_44_1    relu_le_pre_133  2.1742791367838179
    z_44_1    relu_le_onoff_133  -2.1742791367838179
    z_44_2    relu_le_pre_134  2.1742791367838179
    z_44_2    relu_le_onoff_134  -2.1742791367838179
    z_45_0    relu_le_pre_135  1.6813027194317556
    z_45_0    relu_le_onoff_135  -1.6813027194317556
    z_45_1    relu_le_pre_136  1.6813027194317556
    z_45_1    relu_le_onoff_136  -1.6813027194317556
    z_45_2    relu_le_pre_137  1.6813027194317556
    z_45_2    relu_le_onoff_137  -1.6813027194317556
    z_46_0    relu_le_pre_138  1.9278756476743391
    z_46_0    relu_le_onoff_138  -1.9278756476743391
    z_46_1    relu_le_pre_139  1.9278756476743391
    z_46_1    relu_le_onoff_139  -1.9278756476743391
    z_46_2    relu_le_pre_140  1.9278756476743391
    z_46_2    relu_le_onoff_140  -1.9278756476743391
    z_47_0    relu_le_pre_141  1.7588695751870311
    z_47_0    relu_le_onoff_141  -1.7588695751870311
    z_47_1    relu_le_pre_142  1.7588695751870311
    z_47_1    relu_le_onoff_142  -1.7588695751870311
    z_47_2    relu_le_pre_143  1.7588695751870311
    z_47_2    relu_le_onoff_143  -1.7588695751870311
    z_48_0    relu_le_pre_144  1.9720727916360046
    z_48_0    relu_le_onoff_144  -1.9720727916360046
    z_48_1    relu_le_pre_145  1.9720727916360046
    z_48_1    relu_le_onoff_145  -1.9720727916360046
    z_48_2    relu_le_pre_146  1.9720727916360046
    z_48_2    relu_le_onoff_146  -1.9720727916360046
    z_49_0    relu_le_pre_147  1.8055436240749969
    z_49_0    relu_le_onoff_147  -1.8055436240749969
    z_49_1    relu_le_pre_148  1.8055436240749969
    z_49_1    relu_le_onoff_148  -1.8055436240749969
    z_49_2    relu_le_pre_149  1.8055436240749969
    z_49_2    relu_le_onoff_149  -1.8055436240749969
    z_50_0    relu_le_pre_150  1.4028942534961688
    z_50_0    relu_le_onoff_150  -1.4028942534961688
    z_50_1    relu_le_pre_151  1.4028942534961688
    z_50_1    relu_le_onoff_151  -1.4028942534961688
    z_50_2    relu_le_pre_152  1.4028942534961688
    z_50_2    relu_le_onoff_152  -1.4028942534961688
    z_51_0    relu_le_pre_153  2.1762728453748927
    z_51_0    relu_le_onoff_153  -2.1762728453748927
    z_51_1    relu_le_pre_154  2.1762728453748927
    z_51_1    relu_le_onoff_154  -2.1762728453748927
    z_51_2    relu_le_pre_155  2.1762728453748927
    z_51_2    relu_le_onoff_155  -2.1762728453748927
    z_52_0    relu_le_pre_156  2.1191903000265717
    z_52_0    relu_le_onoff_156  -2.1191903000265717
    z_52_1    relu_le_pre_157  2.1191903000265717
    z_52_1    relu_le_onoff_157  -2.1191903000265717
    z_52_2    relu_le_pre_158  2.1191903000265717
    z_52_2    relu_le_onoff_158  -2.1191903000265717
    z_53_0    relu_le_pre_159  2.2119239511389401
    z_53_0    relu_le_onoff_159  -2.2119239511389401
    z_53_1    relu_le_pre_160  2.2119239511389401
    z_53_1    relu_le_onoff_160  -2.2119239511389401
    z_53_2    relu_le_pre_161  2.2119239511389401
    z_53_2    relu_le_onoff_161  -2.2119239511389401
    z_54_0    relu_le_pre_162  2.0439503349411279
    z_54_0    relu_le_onoff_162  -2.0439503349411279
    z_54_1    relu_le_pre_163  2.0439503349411279
    z_54_1    relu_le_onoff_163  -2.0439503349411279
    z_54_2    relu_le_pre_164  2.0439503349411279
    z_54_2    relu_le_onoff_164  -2.0439503349411279
    z_55_0    relu_le_pre_165  2.2412588246077623
    z_55_0    relu_le_onoff_165  -2.2412588246077623
    z_55_1    relu_le_pre_166  2.2412588246077623
    z_55_1    relu_le_onoff_166  -2.2412588246077623
    z_55_2    relu_le_pre_167  2.2412588246077623
    z_55_2    relu_le_onoff_167  -2.2412588246077623
    z_56_0    relu_le_pre_168  1.7747542035474482
    z_56_0    relu_le_onoff_168  -1.7747542035474482
    z_56_1    relu_le_pre_169  1.7747542035474482
    z_56_1    relu_le_onoff_169  -1.7747542035474482
    z_56_2    relu_le_pre_170  1.7747542035474482
    z_56_2    relu_le_onoff_170  -1.7747542035474482
    z_57_0    relu_le_pre_171  1.7700340073651817
    z_57_0    relu_le_onoff_171  -1.7700340073651817
    z_57_1    relu_le_pre_172  1.7700340073651817
    z_57_1    relu_le_onoff_172  -1.7700340073651817
    z_57_2    relu_le_pre_173  1.7700340073651817
    z_57_2    relu_le_onoff_173  -1.7700340073651817
    z_58_0    relu_le_pre_174  1.3510808080190653
    z_58_0    relu_le_onoff_174  -1.3510808080190653
    z_58_1    relu_le_pre_175  1.3510808080190653
    z_58_1    relu_le_onoff_175  -1.3510808080190653
    z_58_2    relu_le_pre_176  1.3510808080190653
    z_58_2    relu_le_onoff_176  -1.3510808080190653
    z_59_0    relu_le_pre_177  2.0347658252880745
    z_59_0    relu_le_onoff_177  -2.0347658252880745
    z_59_1    relu_le_pre_178  2.0347658252880745
    z_59_1    relu_le_onoff_178  -2.0347658252880745
    z_59_2    relu_le_pre_179  2.0347658252880745
    z_59_2    relu_le_onoff_179  -2.0347658252880745
    sgn_0     prod_le_sign_0  -1.8821467146771713
    sgn_0     prod_le_sign_3  -2.3812321495158311
    sgn_0     prod_le_sign_6  -2.1522157273290121
    sgn_0     prod_le_sign_9  -1.9987684099375946
    sgn_0     prod_le_sign_12  -1.3527408596341131
    sgn_0     prod_le_sign_15  -2.2295063908150023
    sgn_0     prod_le_sign_18  -2.0837433096139337
    sgn_0     prod_le_sign_21  -1.4916506237079892
    sgn_0     prod_le_sign_24  -1.6983962829806627
    sgn_0     prod_le_sign_27  -1.2708000941592781
    sgn_0     prod_le_sign_30  -2.2069315133766585
    sgn_0     prod_le_sign_33  -2.1091896904175869
    sgn_0     prod_le_sign_36  -2.2103627488322433
    sgn_0     prod_le_sign_39  -2.0600916625385137
    sgn_0     prod_le_sign_42  -1.7209793042710091
    sgn_0     prod_le_sign_45  -2.2529738755815378
    sgn_0     prod_le_sign_48  -1.7010917763355704
    sgn_0     prod_le_sign_51  -1.3973641275053781
    sgn_0     prod_le_sign_54  -1.8716076653060494
    sgn_0     prod_le_sign_57  -1.9668137415659523
    sgn_0     prod_le_sign_60  -1.7385227789967521
    sgn_0     prod_le_sign_63  -2.0861149425388574
    sgn_0     prod_le_sign_66  -2.09768220291779
    sgn_0     prod_le_sign_69  -1.574876650132258
    sgn_0     prod_le_sign_72  -1.992165794107539
    sgn_0     prod_le_sign_75  -1.6220015652435607
    sgn_0     prod_le_sign_78  -2.1105310566896738
    sgn_0     prod_le_sign_81  -1.6238819305777934
    sgn_0     prod_le_sign_84  -2.2634278447839762
    sgn_0     prod_le_sign_87  -1.8764150697424145
    sgn_0     prod_le_sign_90  -1.9176183548773642
    sgn_0     prod_le_sign_93  -2.1432573994318274
    sgn_0     prod_le_sign_96  -1.9802347606032051
    sgn_0     prod_le_sign_99  -1.5979415701801123
    sgn_0     prod_le_sign_102  -2.3910664944951661
    sgn_0     prod_le_sign_105  -1.4097278015323138
    sgn_0     prod_le_sign_108  -1.8019184275618241
    sgn_0     prod_le_sign_111  -1.888827493385429
    sgn_0     prod_le_sign_114  -1.194208482993514
    sgn_0     prod_le_sign_117  -1.555463877120306
    sgn_0     prod_le_sign_120  -2.257981823134223
    sgn_0     prod_le_sign_123  -2.0835733689678935
    sgn_0     prod_le_sign_126  -2.0367419381693375
    sgn_0     prod_le_sign_129  -2.023693045751771
    sgn_0     prod_le_sign_132  -2.1742791367838179
    sgn_0     prod_le_sign_135  -1.6813027194317556
    sgn_0     prod_le_sign_138  -1.9278756476743391
    sgn_0     prod_le_sign_141  -1.7588695751870311
    sgn_0     prod_le_sign_144  -1.9720727916360046
    sgn_0     prod_le_sign_147  -1.8055436240749969
    sgn_0     prod_le_sign_150  -1.4028942534961688
    sgn_0     prod_le_sign_153  -2.1762728453748927
    sgn_0     prod_le_sign_156  -2.1191903000265717
    sgn_0     prod_le_sign_159  -2.2119239511389401
    sgn_0     prod_le_sign_162  -2.0439503349411279
    sgn_0     prod_le_sign_165  -2.2412588246077623
    sgn_0     prod_le_sign_168  -1.7747542035474482
    sgn_0     prod_le_sign_171  -1.7700340073651817
    sgn_0     prod_le_sign_174  -1.3510808080190653
    sgn_0     prod_le_sign_177  -2.0347658252880745
    sgn_0     prod_ge_0  -1.8821467146771713
    sgn_0     prod_ge_3  -2.3812321495158311
    sgn_0     prod_ge_6  -2.1522157273290121
    sgn_0     prod_ge_9  -1.9987684099375946
    sgn_0     prod_ge_12  -1.3527408596341131
    sgn_0     prod_ge_15  -2.2295063908150023
    sgn_0     prod_ge_18  -2.0837433096139337
    sgn_0     prod_ge_21  -1.4916506237079892
    sgn_0     prod_ge_24  -1.6983962829806627
    sgn_0     prod_ge_27  -1.2708000941592781
    sgn_0     prod_ge_30  -2.2069315133766585
    sgn_0     prod_ge_33  -2.1091896904175869
    sgn_0     prod_ge_36  -2.2103627488322433
    sgn_0     prod_ge_39  -2.0600916625385137
    sgn_0     prod_ge_42  -1.7209793042710091
    sgn_0     prod_ge_45  -2.2529738755815378
    sgn_0     prod_ge_48  -1.7010917763355704
    sgn_0     prod_ge_51  -1.3973641275053781
    sgn_0     prod_ge_54  -1.8716076653060494
    sgn_0     prod_ge_57  -1.9668137415659523
    sgn_0     prod_ge_60  -1.7385227789967521
    sgn_0     prod_ge_63  -2.0861149425388574
    sgn_0     prod_ge_66  -2.09768220291779
    sgn_0     prod_ge_69  -1.574876650132258
    sgn_0     prod_ge_72  -1.992165794107539
    sgn_0     prod_ge_75  -1.6220015652435607
    sgn_0     prod_ge_78  -2.1105310566896738
    sgn_0     prod_ge_81  -1.6238819305777934
    sgn_0     prod_ge_84  -2.2634278447839762
    sgn_0     prod_ge_87  -1.8764150697424145
    sgn_0     prod_ge_90  -1.9176183548773642
    sgn_0     prod_ge_93  -2.1432573994318274
    sgn_0     prod_ge_96  -1.9802347606032051
    sgn_0     prod_ge_99  -1.5979415701801123
    sgn_0     prod_ge_102  -2.3910664944951661
    sgn_0     prod_ge_105  -1.4097278015323138
    sgn_0     prod_ge_108  -1.8019184275618241
    sgn_0     prod_ge_111  -1.888827493385429
    sgn_0     prod_ge_114  -1.194208482993514
    sgn_0     prod_ge_117  -1.555463877120306
    sgn_0     prod_ge_120  -2.257981823134223
    sgn_0     prod_ge_123  -2.0835733689678935
    sgn_0     prod_ge_126  -2.0367419381693375
    sgn_0     prod_ge_129  -2.023693045751771
    sgn_0     prod_ge_132  -2.1742791367838179
    sgn_0     prod_ge_135  -1.6813027194317556
    sgn_0     prod_ge_138  -1.9278756476743391
    sgn_0     prod_ge_141  -1.7588695751870311
    sgn_0     prod_ge_144  -1.9720727916360046
    sgn_0     prod_ge_147  -1.8055436240749969
    sgn_0     prod_ge_150  -1.4028942534961688
    sgn_0     prod_ge_153  -2.1762728453748927
    sgn_0     prod_ge_156  -2.1191903000265717
    sgn_0     prod_ge_159  -2.2119239511389401
    sgn_0     prod_ge_162  -2.0439503349411279
    sgn_0     prod_ge_165  -2.2412588246077623
    sgn_0     prod_ge_168  -1.7747542035474482
    sgn_0     prod_ge_171  -1.7700340073651817
    sgn_0     prod_ge_174  -1.3510808080190653
    sgn_0     prod_ge_177  -2.0347658252880745
    sgn_0     symmetry_sign_0  1
    sgn_0     symmetry_bias_0  2
    sgn_1     prod_le_sign_1  -1.8821467146771713
    sgn_1     prod_le_sign_4  -2.3812321495158311
    sgn_1     prod_le_sign_7  -2.1522157273290121
    sgn_1     prod_le_sign_10  -1.9987684099375946
    sgn_1     prod_le_sign_13  -1.3527408596341131
    sgn_1     prod_le_sign_16  -2.2295063908150023
    sgn_1     prod_le_sign_19  -2.0837433096139337
    sgn_1     prod_le_sign_22  -1.4916506237079892
    sgn_1     prod_le_sign_25  -1.6983962829806627
    sgn_1     prod_le_sign_28  -1.2708000941592781
    sgn_1     prod_le_sign_31  -2.2069315133766585
    sgn_1     prod_le_sign_34  -2.1091896904175869
    sgn_1     prod_le_sign_37  -2.2103627488322433
    sgn_1     prod_le_sign_40  -2.0600916625385137
    sgn_1     prod_le_sign_43  -1.7209793042710091
    sgn_1     prod_le_sign_46  -2.2529738755815378
    sgn_1     prod_le_sign_49  -1.7010917763355704
    sgn_1     prod_le_sign_52  -1.3973641275053781
    sgn_1     prod_le_sign_55  -1.8716076653060494
    sgn_1     prod_le_sign_58  -1.9668137415659523
    sgn_1     prod_le_sign_61  -1.7385227789967521
    sgn_1     prod_le_sign_64  -2.0861149425388574
    sgn_1     prod_le_sign_67  -2.09768220291779
    sgn_1     prod_le_sign_70  -1.574876650132258
    sgn_1     prod_le_sign_73  -1.992165794107539
    sgn_1     prod_le_sign_76  -1.6220015652435607
    sgn_1     prod_le_sign_79  -2.1105310566896738
    sgn_1     prod_le_sign_82  -1.6238819305777934
    sgn_1     prod_le_sign_85  -2.2634278447839762
    sgn_1     prod_le_sign_88  -1.8764150697424145
    sgn_1     prod_le_sign_91  -1.9176183548773642
    sgn_1     prod_le_sign_94  -2.1432573994318274
    sgn_1     prod_le_sign_97  -1.9802347606032051
    sgn_1     prod_le_sign_100  -1.5979415701801123
    sgn_1     prod_le_sign_103  -2.3910664944951661
    sgn_1     prod_le_sign_106  -1.4097278015323138
    sgn_1     prod_le_sign_109  -1.8019184275618241
    sgn_1     prod_le_sign_112  -1.888827493385429
    sgn_1     prod_le_sign_115  -1.194208482993514
    sgn_1     prod_le_sign_118  -1.555463877120306
    sgn_1     prod_le_sign_121  -2.257981823134223
    sgn_1     prod_le_sign_124  -2.0835733689678935
    sgn_1     prod_le_sign_127  -2.0367419381693375
    sgn_1     prod_le_sign_130  -2.023693045751771
    sgn_1     prod_le_sign_133  -2.1742791367838179
    sgn_1     prod_le_sign_136  -1.6813027194317556
    sgn_1     prod_le_sign_139  -1.9278756476743391
    sgn_1     prod_le_sign_142  -1.7588695751870311
    sgn_1     prod_le_sign_145  -1.9720727916360046
    sgn_1     prod_le_sign_148  -1.8055436240749969
    sgn_1     prod_le_sign_151  -1.4028942534961688
    sgn_1     prod_le_sign_154  -2.1762728453748927
    sgn_1     prod_le_sign_157  -2.1191903000265717
    sgn_1     prod_le_sign_160  -2.2119239511389401
    sgn_1     prod_le_sign_163  -2.0439503349411279
    sgn_1     prod_le_sign_166  -2.2412588246077623
    sgn_1     prod_le_sign_169  -1.7747542035474482
    sgn_1     prod_le_sign_172  -1.7700340073651817
    sgn_1     prod_le_sign_175  -1.3510808080190653
    sgn_1     prod_le_sign_178  -2.0347658252880745
    sgn_1     prod_ge_1  -1.8821467146771713
    sgn_1     prod_ge_4  -2.3812321495158311
    sgn_1     prod_ge_7  -2.1522157273290121
    sgn_1     prod_ge_10  -1.9987684099375946
    sgn_1     prod_ge_13  -1.3527408596341131
    sgn_1     prod_ge_16  -2.2295063908150023
    sgn_1     prod_ge_19  -2.0837433096139337
    sgn_1     prod_ge_22  -1.4916506237079892
    sgn_1     prod_ge_25  -1.6983962829806627
    sgn_1     prod_ge_28  -1.2708000941592781
    sgn_1     prod_ge_31  -2.2069315133766585
    sgn_1     prod_ge_34  -2.1091896904175869
    sgn_1     prod_ge_37  -2.2103627488322433
    sgn_1     prod_ge_40  -2.0600916625385137
    sgn_1     prod_ge_43  -1.7209793042710091
    sgn_1     prod_ge_46  -2.2529738755815378
    sgn_1     prod_ge_49  -1.7010917763355704
    sgn_1     prod_ge_52  -1.3973641275053781
    sgn_1     prod_ge_55  -1.8716076653060494
    sgn_1     prod_ge_58  -1.9668137415659523
    sgn_1     prod_ge_61  -1.7385227789967521
    sgn_1     prod_ge_64  -2.0861149425388574
    sgn_1     prod_ge_67  -2.09768220291779
    sgn_1     prod_ge_70  -1.574876650132258
    sgn_1     prod_ge_73  -1.992165794107539
    sgn_1     prod_ge_76  -1.6220015652435607
    sgn_1     prod_ge_79  -2.1105310566896738
    sgn_1     prod_ge_82  -1.6238819305777934
    sgn_1     prod_ge_85  -2.2634278447839762
    sgn_1     prod_ge_88  -1.8764150697424145
    sgn_1     prod_ge_91  -1.9176183548773642
    sgn_1     prod_ge_94  -2.1432573994318274
    sgn_1     prod_ge_97  -1.9802347606032051
    sgn_1     prod_ge_100  -1.5979415701801123
    sgn_1     prod_ge_103  -2.3910664944951661
    sgn_1     prod_ge_106  -1.4097278015323138
    sgn_1     prod_ge_109  -1.8019184275618241
    sgn_1     prod_ge_112  -1.888827493385429
    sgn_1     prod_ge_115  -1.194208482993514
    sgn_1     prod_ge_118  -1.555463877120306
    sgn_1     prod_ge_121  -2.257981823134223
    sgn_1     prod_ge_124  -2.0835733689678935
    sgn_1     prod_ge_127  -2.0367419381693375
    sgn_1     prod_ge_130  -2.023693045751771
    sgn_1     prod_ge_133  -2.1742791367838179
    sgn_1     prod_ge_136  -1.6813027194317556
    sgn_1     prod_ge_139  -1.9278756476743391
    sgn_1     prod_ge_142  -1.7588695751870311
    sgn_1     prod_ge_145  -1.9720727916360046
    sgn_1     prod_ge_148  -1.8055436240749969
    sgn_1     prod_ge_151  -1.4028942534961688
    sgn_1     prod_ge_154  -2.1762728453748927
    sgn_1     prod_ge_157  -2.1191903000265717
    sgn_1     prod_ge_160  -2.2119239511389401
    sgn_1     prod_ge_163  -2.0439503349411279
    sgn_1     prod_ge_166  -2.2412588246077623
    sgn_1     prod_ge_169  -1.7747542035474482
    sgn_1     prod_ge_172  -1.7700340073651817
    sgn_1     prod_ge_175  -1.3510808080190653
    sgn_1     prod_ge_178  -2.0347658252880745
    sgn_1     symmetry_sign_0  -1
    sgn_1     symmetry_sign_1  1
    sgn_1     symmetry_bias_0  -2
    sgn_1     symmetry_bias_1  2
    sgn_2     prod_le_sign_2  -1.8821467146771713
    sgn_2     prod_le_sign_5  -2.3812321495158311
    sgn_2     prod_le_sign_8  -2.1522157273290121
    sgn_2     prod_le_sign_11  -1.9987684099375946
    sgn_2     prod_le_sign_14  -1.3527408596341131
    sgn_2     prod_le_sign_17  -2.2295063908150023
    sgn_2     prod_le_sign_20  -2.0837433096139337
    sgn_2     prod_le_sign_23  -1.4916506237079892
    sgn_2     prod_le_sign_26  -1.6983962829806627
    sgn_2     prod_le_sign_29  -1.2708000941592781
    sgn_2     prod_le_sign_32  -2.2069315133766585
    sgn_2     prod_le_sign_35  -2.1091896904175869
    sgn_2     prod_le_sign_38  -2.2103627488322433
    sgn_2     prod_le_sign_41  -2.0600916625385137
    sgn_2     prod_le_sign_44  -1.7209793042710091
    sgn_2     prod_le_sign_47  -2.2529738755815378
    sgn_2     prod_le_sign_50  -1.7010917763355704
    sgn_2     prod_le_sign_53  -1.3973641275053781
    sgn_2     prod_le_sign_56  -1.8716076653060494
    sgn_2     prod_le_sign_59  -1.9668137415659523
    sgn_2     prod_le_sign_62  -1.7385227789967521
    sgn_2     prod_le_sign_65  -2.0861149425388574
    sgn_2     prod_le_sign_68  -2.09768220291779
    sgn_2     prod_le_sign_71  -1.574876650132258
    sgn_2     prod_le_sign_74  -1.992165794107539
    sgn_2     prod_le_sign_77  -1.6220015652435607
    sgn_2     prod_le_sign_80  -2.1105310566896738
    sgn_2     prod_le_sign_83  -1.6238819305777934
    sgn_2     prod_le_sign_86  -2.2634278447839762
    sgn_2     prod_le_sign_89  -1.8764150697424145
    sgn_2     prod_le_sign_92  -1.9176183548773642
    sgn_2     prod_le_sign_95  -2.1432573994318274
    sgn_2     prod_le_sign_98  -1.9802347606032051
    sgn_2     prod_le_sign_101  -1.5979415701801123
    sgn_2     prod_le_sign_104  -2.3910664944951661
    sgn_2     prod_le_sign_107  -1.4097278015323138
    sgn_2     prod_le_sign_110  -1.8019184275618241
    sgn_2     prod_le_sign_113  -1.888827493385429
    sgn_2     prod_le_sign_116  -1.194208482993514
    sgn_2     prod_le_sign_119  -1.555463877120306
    sgn_2     prod_le_sign_122  -2.257981823134223
    sgn_2     prod_le_sign_125  -2.0835733689678935
    sgn_2     prod_le_sign_128  -2.0367419381693375
    sgn_2     prod_le_sign_131  -2.023693045751771
    sgn_2     prod_le_sign_134  -2.1742791367838179
    sgn_2     prod_le_sign_137  -1.6813027194317556
    sgn_2     prod_le_sign_140  -1.9278756476743391
    sgn_2     prod_le_sign_143  -1.7588695751870311
    sgn_2     prod_le_sign_146  -1.9720727916360046
    sgn_2     prod_le_sign_149  -1.8055436240749969
    sgn_2     prod_le_sign_152  -1.4028942534961688
    sgn_2     prod_le_sign_155  -2.1762728453748927
    sgn_2     prod_le_sign_158  -2.1191903000265717
    sgn_2     prod_le_sign_161  -2.2119239511389401
    sgn_2     prod_le_sign_164  -2.0439503349411279
    sgn_2     prod_le_sign_167  -2.2412588246077623
    sgn_2     prod_le_sign_170  -1.7747542035474482
    sgn_2     prod_le_sign_173  -1.7700340073651817
    sgn_2     prod_le_sign_176  -1.3510808080190653
    sgn_2     prod_le_sign_179  -2.0347658252880745
    sgn_2     prod_ge_2  -1.8821467146771713
    sgn_2     prod_ge_5  -2.3812321495158311
    sgn_2     prod_ge_8  -2.1522157273290121
    sgn_2     prod_ge_11  -1.9987684099375946
    sgn_2     prod_ge_14  -1.3527408596341131
    sgn_2     prod_ge_17  -2.2295063908150023
    sgn_2     prod_ge_20  -2.0837433096139337
    sgn_2     prod_ge_23  -1.4916506237079892
    sgn_2     prod_ge_26  -1.6983962829806627
    sgn_2     prod_ge_29  -1.2708000941592781
    sgn_2     prod_ge_32  -2.2069315133766585
    sgn_2     prod_ge_35  -2.1091896904175869
    sgn_2     prod_ge_38  -2.2103627488322433
    sgn_2     prod_ge_41  -2.0600916625385137
    sgn_2     prod_ge_44  -1.7209793042710091
    sgn_2     prod_ge_47  -2.2529738755815378
    sgn_2     prod_ge_50  -1.7010917763355704
    sgn_2     prod_ge_53  -1.3973641275053781
    sgn_2     prod_ge_56  -1.8716076653060494
    sgn_2     prod_ge_59  -1.9668137415659523
    sgn_2     prod_ge_62  -1.7385227789967521
    sgn_2     prod_ge_65  -2.0861149425388574
    sgn_2     prod_ge_68  -2.09768220291779
    sgn_2     prod_ge_71  -1.574876650132258
    sgn_2     prod_ge_74  -1.992165794107539
    sgn_2     prod_ge_77  -1.6220015652435607
    sgn_2     prod_ge_80  -2.1105310566896738
    sgn_2     prod_ge_83  -1.6238819305777934
    sgn_2     prod_ge_86  -2.2634278447839762
    sgn_2     prod_ge_89  -1.8764150697424145
    sgn_2     prod_ge_92  -1.9176183548773642
    sgn_2     prod_ge_95  -2.1432573994318274
    sgn_2     prod_ge_98  -1.9802347606032051
    sgn_2     prod_ge_101  -1.5979415701801123
    sgn_2     prod_ge_104  -2.3910664944951661
    sgn_2     prod_ge_107  -1.4097278015323138
    sgn_2     prod_ge_110  -1.8019184275618241
    sgn_2     prod_ge_113  -1.888827493385429
    sgn_2     prod_ge_116  -1.194208482993514
    sgn_2     prod_ge_119  -1.555463877120306
    sgn_2     prod_ge_122  -2.257981823134223
    sgn_2     prod_ge_125  -2.0835733689678935
    sgn_2     prod_ge_128  -2.0367419381693375
    sgn_2     prod_ge_131  -2.023693045751771
    sgn_2     prod_ge_134  -2.1742791367838179
    sgn_2     prod_ge_137  -1.6813027194317556
    sgn_2     prod_ge_140  -1.9278756476743391
    sgn_2     prod_ge_143  -1.7588695751870311
    sgn_2     prod_ge_146  -1.9720727916360046
    sgn_2     prod_ge_149  -1.8055436240749969
    sgn_2     prod_ge_152  -1.4028942534961688
    sgn_2     prod_ge_155  -2.1762728453748927
    sgn_2     prod_ge_158  -2.1191903000265717
    sgn_2     prod_ge_161  -2.2119239511389401
    sgn_2     prod_ge_164  -2.0439503349411279
    sgn_2     prod_ge_167  -2.2412588246077623
    sgn_2     prod_ge_170  -1.7747542035474482
    sgn_2     prod_ge_173  -1.7700340073651817
    sgn_2     prod_ge_176  -1.3510808080190653
    sgn_2     prod_ge_179  -2.0347658252880745
    sgn_2     symmetry_sign_1  -1
    sgn_2     symmetry_bias_1  -2
    MARK0001  'MARKER'                 'INTEND'
    g_0_0     prod_le_h_0  1
    g_0_0     prod_le_sign_0  1
    g_0_0     prod_ge_0  1
    g_0_0     residual_0  2
    g_0_1     prod_le_h_1  1
    g_0_1     prod_le_sign_1  1
    g_0_1     prod_ge_1  1
    g_0_1     residual_0  2
    g_0_2     prod_le_h_2  1
    g_0_2     prod_le_sign_2  1
    g_0_2     prod_ge_2  1
    g_0_2     residual_0  2
    g_1_0     prod_le_h_3  1
    g_1_0     prod_le_sign_3  1
    g_1_0     prod_ge_3  1
    g_1_0     residual_1  2
    g_1_1     prod_le_h_4  1
    g_1_1     prod_le_sign_4  1
    g_1_1     prod_ge_4  1
    g_1_1     residual_1  2
    g_1_2     prod_le_h_5  1
    g_1_2     prod_le_sign_5  1
    g_1_2     prod_ge_5  1
    g_1_2     residual_1  2
    g_2_0     prod_le_h_6  1
    g_2_0     prod_le_sign_6  1
    g_2_0     prod_ge_6  1
    g_2_0     residual_2  2
    g_2_1     prod_le_h_7  1
    g_2_1     prod_le_sign_7  1
    g_2_1     prod_ge_7  1
    g_2_1     residual_2  2
    g_2_2     prod_le_h_8  1
    g_2_2     prod_le_sign_8  1
    g_2_2     prod_ge_8  1
    g_2_2     residual_2  2
    g_3_0     prod_le_h_9  1
    g_3_0     prod_le_sign_9  1
    g_3_0     prod_ge_9  1
    g_3_0     residual_3  2
    g_3_1     prod_le_h_10  1
    g_3_1     prod_le_sign_10  1
    g_3_1     prod_ge_10  1
    g_3_1     residual_3  2
    g_3_2     prod_le_h_11  1
    g_3_2     prod_le_sign_11  1
    g_3_2     prod_ge_11  1
    g_3_2     residual_3  2
    g_4_0     prod_le_h_12  1
    g_4_0     prod_le_sign_12  1
    g_4_0     prod_ge_12  1
    g_4_0     residual_4  2
    g_4_1     prod_le_h_13  1
    g_4_1     prod_le_sign_13  1
    g_4_1     prod_ge_13  1
    g_4_1     residual_4  2
    g_4_2     prod_le_h_14  1
    g_4_2     prod_le_sign_14  1
    g_4_2     prod_ge_14  1
    g_4_2     residual_4  2
    g_5_0     prod_le_h_15  1
    g_5_0     prod_le_sign_15  1
    g_5_0     prod_ge_15  1
    g_5_0     residual_5  2
    g_5_1     prod_le_h_16  1
    g_5_1     prod_le_sign_16  1
    g_5_1     prod_ge_16  1
    g_5_1     residual_5  2
    g_5_2     prod_le_h_17  1
    g_5_2     prod_le_sign_17  1
    g_5_2     prod_ge_17  1
    g_5_2     residual_5  2
    g_6_0     prod_le_h_18  1
    g_6_0     prod_le_sign_18  1
    g_6_0     prod_ge_18  1
    g_6_0     residual_6  2
    g_6_1     prod_le_h_19  1
    g_6_1     prod_le_sign_19  1
    g_6_1     prod_ge_19  1
    g_6_1     residual_6  2
    g_6_2     prod_le_h_20  1
    g_6_2     prod_le_sign_20  1
    g_6_2     prod_ge_20  1
    g_6_2     residual_6  2
    g_7_0     prod_le_h_21  1
    g_7_0     prod_le_sign_21  1
    g_7_0     prod_ge_21  1
    g_7_0     residual_7  2
    g_7_1     prod_le_h_22  1
    g_7_1     prod_le_sign_22  1
    g_7_1     prod_ge_22  1
    g_7_1     residual_7  2
    g_7_2     prod_le_h_23  1
    g_7_2     prod_le_sign_23  1
    g_7_2     prod_ge_23  1
    g_7_2     residual_7  2
    g_8_0     prod_le_h_24  1
    g_8_0     prod_le_sign_24  1
    g_8_0     prod_ge_24  1
    g_8_0     residual_8  2
    g_8_1     prod_le_h_25  1
    g_8_1     prod_le_sign_25  1
    g_8_1     prod_ge_25  1
    g_8_1     residual_8  2
    g_8_2     prod_le_h_26  1
    g_8_2     prod_le_sign_26  1
    g_8_2     prod_ge_26  1
    g_8_2     residual_8  2
    g_9_0     prod_le_h_27  1
    g_9_0     prod_le_sign_27  1
    g_9_0     prod_ge_27  1
    g_9_0     residual_9  2
    g_9_1     prod_le_h_28  1
    g_9_1     prod_le_sign_28  1
    g_9_1     prod_ge_28  1
    g_9_1     residual_9  2
    g_9_2     prod_le_h_29  1
    g_9_2     prod_le_sign_29  1
    g_9_2     prod_ge_29  1
    g_9_2     residual_9  2
    g_10_0    prod_le_h_30  1
    g_10_0    prod_le_sign_30  1
    g_10_0    prod_ge_30  1
    g_10_0    residual_10  2
    g_10_1    prod_le_h_31  1
    g_10_1    prod_le_sign_31  1
    g_10_1    prod_ge_31  1
    g_10_1    residual_10  2
    g_10_2    prod_le_h_32  1
    g_10_2    prod_le_sign_32  1
    g_10_2    prod_ge_32  1
    g_10_2    residual_10  2
    g_11_0    prod_le_h_33  1
    g_11_0    prod_le_sign_33  1
    g_11_0    prod_ge_33  1
    g_11_0    residual_11  2
    g_11_1    prod_le_h_34  1
    g_11_1    prod_le_sign_34  1
    g_11_1    prod_ge_34  1
    g_11_1    residual_11  2
    g_11_2    prod_le_h_35  1
    g_11_2    prod_le_sign_35  1
    g_11_2    prod_ge_35  1
    g_11_2    residual_11  2
    g_12_0    prod_le_h_36  1
    g_12_0    prod_le_sign_36  1
    g_12_0    prod_ge_36  1
    g_12_0    residual_12  2
    g_12_1    prod_le_h_37  1
    g_12_1    prod_le_sign_37  1
    g_12_1    prod_ge_37  1
    g_12_1    residual_12  2
    g_12_2    prod_le_h_38  1
    g_12_2    prod_le_sign_38  1
    g_12_2    prod_ge_38  1
    g_12_2    residual_12  2
    g_13_0    prod_le_h_39  1
    g_13_0    prod_le_sign_39  1
    g_13_0    prod_ge_39  1
    g_13_0    residual_13  2
    g_13_1    prod_le_h_40  1
    g_13_1    prod_le_sign_40  1
    g_13_1    prod_ge_40  1
    g_13_1    residual_13  2
    g_13_2    prod_le_h_41  1
    g_13_2    prod_le_sign_41  1
    g_13_2    prod_ge_41  1
    g_13_2    residual_13  2
    g_14_0    prod_le_h_42  1
    g_14_0    prod_le_sign_42  1
    g_14_0    prod_ge_42  1
    g_14_0    residual_14  2
    g_14_1    prod_le_h_43  1
    g_14_1    prod_le_sign_43  1
    g_14_1    prod_ge_43  1
    g_14_1    residual_14  2
    g_14_2    prod_le_h_44  1
    g_14_2    prod_le_sign_44  1
    g_14_2    prod_ge_44  1
    g_14_2    residual_14  2
    g_15_0    prod_le_h_45  1
    g_15_0    prod_le_sign_45  1
    g_15_0    prod_ge_45  1
    g_15_0    residual_15  2
    g_15_1    prod_le_h_46  1
    g_15_1    prod_le_sign_46  1
    g_15_1    prod_ge_46  1
    g_15_1    residual_15  2
    g_15_2    prod_le_h_47  1
    g_15_2    prod_le_sign_47  1
    g_15_2    prod_ge_47  1
    g_15_2    residual_15  2
    g_16_0    prod_le_h_48  1
    g_16_0    prod_le_sign_48  1
    g_16_0    prod_ge_48  1
    g_16_0    residual_16  2
    g_16_1    prod_le_h_49  1
    g_16_1    prod_le_sign_49  1
    g_16_1    prod_ge_49  1
    g_16_1    residual_16  2
    g_16_2    prod_le_h_50  1
    g_16_2    prod_le_sign_50  1
    g_16_2    prod_ge_50  1
    g_16_2    residual_16  2
    g_17_0    prod_le_h_51  1
    g_17_0    prod_le_sign_51  1
    g_17_0    prod_ge_51  1
    g_17_0    residual_17  2
    g_17_1    prod_le_h_52  1
    g_17_1    prod_le_sign_52  1
    g_17_1    prod_ge_52  1
    g_17_1    residual_17  2
    g_17_2    prod_le_h_53  1
    g_17_2    prod_le_sign_53  1
    g_17_2    prod_ge_53  1
    g_17_2    residual_17  2
    g_18_0    prod_le_h_54  1
    g_18_0    prod_le_sign_54  1
    g_18_0    prod_ge_54  1
    g_18_0    residual_18  2
    g_18_1    prod_le_h_55  1
    g_18_1    prod_le_sign_55  1
    g_18_1    prod_ge_55  1
    g_18_1    residual_18  2
    g_18_2    prod_le_h_56  1
    g_18_2    prod_le_sign_56  1
    g_18_2    prod_ge_56  1
    g_18_2    residual_18  2
    g_19_0    prod_le_h_57  1
    g_19_0    prod_le_sign_57  1
    g_19_0    prod_ge_57  1
    g_19_0    residual_19  2
    g_19_1    prod_le_h_58  1
    g_19_1    prod_le_sign_58  1
    g_19_1    prod_ge_58  1
    g_19_1    residual_19  2
    g_19_2    prod_le_h_59  1
    g_19_2    prod_le_sign_59  1
    g_19_2    prod_ge_59  1
    g_19_2    residual_19  2
    g_20_0    prod_le_h_60  1
    g_20_0    prod_le_sign_60  1
    g_20_0    prod_ge_60  1
    g_20_0    residual_20  2
    g_20_1    prod_le_h_61  1
    g_20_1    prod_le_sign_61  1
    g_20_1    prod_ge_61  1
    g_20_1    residual_20  2
    g_20_2    prod_le_h_62  1
    g_20_2    prod_le_sign_62  1
    g_20_2    prod_ge_62  1
    g_20_2    residual_20  2
    g_21_0    prod_le_h_63  1
    g_21_0    prod_le_sign_63  1
    g_21_0    prod_ge_63  1
    g_21_0    residual_21  2
    g_21_1    prod_le_h_64  1
    g_21_1    prod_le_sign_64  1
    g_21_1    prod_ge_64  1
    g_21_1    residual_21  2
    g_21_2    prod_le_h_65  1
    g_21_2    prod_le_sign_65  1
    g_21_2    prod_ge_65  1
    g_21_2    residual_21  2
    g_22_0    prod_le_h_66  1
    g_22_0    prod_le_sign_66  1
    g_22_0    prod_ge_66  1
    g_22_0    residual_22  2
    g_22_1    prod_le_h_67  1
    g_22_1    prod_le_sign_67  1
    g_22_1    prod_ge_67  1
    g_22_1    residual_22  2
    g_22_2    prod_le_h_68  1
    g_22_2    prod_le_sign_68  1
    g_22_2    prod_ge_68  1
    g_22_2    residual_22  2
    g_23_0    prod_le_h_69  1
    g_23_0    prod_le_sign_69  1
    g_23_0    prod_ge_69  1
    g_23_0    residual_23  2
    g_23_1    prod_le_h_70  1
    g_23_1    prod_le_sign_70  1
    g_23_1    prod_ge_70  1
    g_23_1    residual_23  2
    g_23_2    prod_le_h_71  1
    g_23_2    prod_le_sign_71  1
    g_23_2    prod_ge_71  1
    g_23_2    residual_23  2
    g_24_0    prod_le_h_72  1
    g_24_0    prod_le_sign_72  1
    g_24_0    prod_ge_72  1
    g_24_0    residual_24  2
    g_24_1    prod_le_h_73  1
    g_24_1    prod_le_sign_73  1
    g_24_1    prod_ge_73  1
    g_24_1    residual_24  2
    g_24_2    prod_le_h_74  1
    g_24_2    prod_le_sign_74  1
    g_24_2    prod_ge_74  1
    g_24_2    residual_24  2
    g_25_0    prod_le_h_75  1
    g_25_0    prod_le_sign_75  1
    g_25_0    prod_ge_75  1
    g_25_0    residual_25  2
    g_25_1    prod_le_h_76  1
    g_25_1    prod_le_sign_76  1
    g_25_1    prod_ge_76  1
    g_25_1    residual_25  2
    g_25_2    prod_le_h_77  1
    g_25_2    prod_le_sign_77  1
    g_25_2    prod_ge_77  1
    g_25_2    residual_25  2
    g_26_0    prod_le_h_78  1
    g_26_0    prod_le_sign_78  1
    g_26_0    prod_ge_78  1
    g_26_0    residual_26  2
    g_26_1    prod_le_h_79  1
    g_26_1    prod_le_sign_79  1
    g_26_1    prod_ge_79  1
    g_26_1    residual_26  2
    g_26_2    prod_le_h_80  1
    g_26_2    prod_le_sign_80  1
    g_26_2    prod_ge_80  1
    g_26_2    residual_26  2
    g_27_0    prod_le_h_81  1
    g_27_0    prod_le_sign_81  1
    g_27_0    prod_ge_81  1
    g_27_0    residual_27  2
    g_27_1    prod_le_h_82  1
    g_27_1    prod_le_sign_82  1
    g_27_1    prod_ge_82  1
    g_27_1    residual_27  2
    g_27_2    prod_le_h_83  1
    g_27_2    prod_le_sign_83  1
    g_27_2    prod_ge_83  1
    g_27_2    residual_27  2
    g_28_0    prod_le_h_84  1
    g_28_0    prod_le_sign_84  1
    g_28_0    prod_ge_84  1
    g_28_0    residual_28  2
    g_28_1    prod_le_h_85  1
    g_28_1    prod_le_sign_85  1
    g_28_1    prod_ge_85  1
    g_28_1    residual_28  2
    g_28_2    prod_le_h_86  1
    g_28_2    prod_le_sign_86  1
    g_28_2    prod_ge_86  1
    g_28_2    residual_28  2
    g_29_0    prod_le_h_87  1
    g_29_0    prod_le_sign_87  1
    g_29_0    prod_ge_87  1
    g_29_0    residual_29  2
    g_29_1    prod_le_h_88  1
    g_29_1    prod_le_sign_88  1
    g_29_1    prod_ge_88  1
    g_29_1    residual_29  2
    g_29_2    prod_le_h_89  1
    g_29_2    prod_le_sign_89  1
    g_29_2    prod_ge_89  1
    g_29_2    residual_29  2
    g_30_0    prod_le_h_90  1
    g_30_0    prod_le_sign_90  1
    g_30_0    prod_ge_90  1
    g_30_0    residual_30  2
    g_30_1    prod_le_h_91  1
    g_30_1    prod_le_sign_91  1
    g_30_1    prod_ge_91  1
    g_30_1    residual_30  2
    g_30_2    prod_le_h_92  1
    g_30_2    prod_le_sign_92  1
    g_30_2    prod_ge_92  1
    g_30_2    residual_30  2
    g_31_0    prod_le_h_93  1
    g_31_0    prod_le_sign_93  1
    g_31_0    prod_ge_93  1
    g_31_0    residual_31  2
    g_31_1    prod_le_h_94  1
    g_31_1    prod_le_sign_94  1
    g_31_1    prod_ge_94  1
    g_31_1    residual_31  2
    g_31_2    prod_le_h_95  1
    g_31_2    prod_le_sign_95  1
    g_31_2    prod_ge_95  1
    g_31_2    residual_31  2
    g_32_0    prod_le_h_96  1
    g_32_0    prod_le_sign_96  1
    g_32_0    prod_ge_96  1
    g_32_0    residual_32  2
    g_32_1    prod_le_h_97  1
    g_32_1    prod_le_sign_97  1
    g_32_1    prod_ge_97  1
    g_32_1    residual_32  2
    g_32_2    prod_le_h_98  1
    g_32_2    prod_le_sign_98  1
    g_32_2    prod_ge_98  1
    g_32_2    residual_32  2
    g_33_0    prod_le_h_99  1
    g_33_0    prod_le_sign_99  1
    g_33_0    prod_ge_99  1
    g_33_0    residual_33  2
    g_33_1    prod_le_h_100  1
    g_33_1    prod_le_sign_100  1
    g_33_1    prod_ge_100  1
    g_33_1    residual_33  2
    g_33_2    prod_le_h_101  1
    g_33_2    prod_le_sign_101  1
    g_33_2    prod_ge_101  1
    g_33_2    residual_33  2
    g_34_0    prod_le_h_102  1
    g_34_0    prod_le_sign_102  1
    g_34_0    prod_ge_102  1
    g_34_0    residual_34  2
    g_34_1    prod_le_h_103  1
    g_34_1    prod_le_sign_103  1
    g_34_1    prod_ge_103  1
    g_34_1    residual_34  2
    g_34_2    prod_le_h_104  1
    g_34_2    prod_le_sign_104  1
    g_34_2    prod_ge_104  1
    g_34_2    residual_34  2
    g_35_0    prod_le_h_105  1
    g_35_0    prod_le_sign_105  1
    g_35_0    prod_ge_105  1
    g_35_0    residual_35  2
    g_35_1    prod_le_h_106  1
    g_35_1    prod_le_sign_106  1
    g_35_1    prod_ge_106  1
    g_35_1    residual_35  2
    g_35_2    prod_le_h_107  1
    g_35_2    prod_le_sign_107  1
    g_35_2    prod_ge_107  1
    g_35_2    residual_35  2
    g_36_0    prod_le_h_108  1
    g_36_0    prod_le_sign_108  1
    g_36_0    prod_ge_108  1
    g_36_0    residual_36  2
    g_36_1    prod_le_h_109  1
    g_36_1    prod_le_sign_109  1
    g_36_1    prod_ge_109  1
    g_36_1    residual_36  2
    g_36_2    prod_le_h_110  1
    g_36_2    prod_le_sign_110  1
    g_36_2    prod_ge_110  1
    g_36_2    residual_36  2
    g_37_0    prod_le_h_111  1
    g_37_0    prod_le_sign_111  1
    g_37_0    prod_ge_111  1
    g_37_0    residual_37  2
    g_37_1    prod_le_h_112  1
    g_37_1    prod_le_sign_112  1
    g_37_1    prod_ge_112  1
    g_37_1    residual_37  2
    g_37_2    prod_le_h_113  1
    g_37_2    prod_le_sign_113  1
    g_37_2    prod_ge_113  1
    g_37_2    residual_37  2
    g_38_0    prod_le_h_114  1
    g_38_0    prod_le_sign_114  1
    g_38_0    prod_ge_114  1
    g_38_0    residual_38  2
    g_38_1    prod_le_h_115  1
    g_38_1    prod_le_sign_115  1
    g_38_1    prod_ge_115  1
    g_38_1    residual_38  2
    g_38_2    prod_le_h_116  1
    g_38_2    prod_le_sign_116  1
    g_38_2    prod_ge_116  1
    g_38_2    residual_38  2
    g_39_0    prod_le_h_117  1
    g_39_0    prod_le_sign_117  1
    g_39_0    prod_ge_117  1
    g_39_0    residual_39  2
    g_39_1    prod_le_h_118  1
    g_39_1    prod_le_sign_118  1
    g_39_1    prod_ge_118  1
    g_39_1    residual_39  2
    g_39_2    prod_le_h_119  1
    g_39_2    prod_le_sign_119  1
    g_39_2    prod_ge_119  1
    g_39_2    residual_39  2
    g_40_0    prod_le_h_120  1
    g_40_0    prod_le_sign_120  1
    g_40_0    prod_ge_120  1
    g_40_0    residual_40  2
    g_40_1    prod_le_h_121  1
    g_40_1    prod_le_sign_121  1
    g_40_1    prod_ge_121  1
    g_40_1    residual_40  2
    g_40_2    prod_le_h_122  1
    g_40_2    prod_le_sign_122  1
    g_40_2    prod_ge_122  1
    g_40_2    residual_40  2
    g_41_0    prod_le_h_123  1
    g_41_0    prod_le_sign_123  1
    g_41_0    prod_ge_123  1
    g_41_0    residual_41  2
    g_41_1    prod_le_h_124  1
    g_41_1    prod_le_sign_124  1
    g_41_1    prod_ge_124  1
    g_41_1    residual_41  2
    g_41_2    prod_le_h_125  1
    g_41_2    prod_le_sign_125  1
    g_41_2    prod_ge_125  1
    g_41_2    residual_41  2
    g_42_0    prod_le_h_126  1
    g_42_0    prod_le_sign_126  1
    g_42_0    prod_ge_126  1
    g_42_0    residual_42  2
    g_42_1    prod_le_h_127  1
    g_42_1    prod_le_sign_127  1
    g_42_1    prod_ge_127  1
    g_42_1    residual_42  2
    g_42_2    prod_le_h_128  1
    g_42_2    prod_le_sign_128  1
    g_42_2    prod_ge_128  1
    g_42_2    residual_42  2
    g_43_0    prod_le_h_129  1
    g_43_0    prod_le_sign_129  1
    g_43_0    prod_ge_129  1
    g_43_0    residual_43  2
    g_43_1    prod_le_h_130  1
    g_43_1    prod_le_sign_130  1
    g_43_1    prod_ge_130  1
    g_43_1    residual_43  2
    g_43_2    prod_le_h_131  1
    g_43_2    prod_le_sign_131  1
    g_43_2    prod_ge_131  1
    g_43_2    residual_43  2
    g_44_0    prod_le_h_132  1
    g_44_0    prod_le_sign_132  1
    g_44_0    prod_ge_132  1
    g_44_0    residual_44  2
    g_44_1    prod_le_h_133  1
    g_44_1    prod_le_sign_133  1
    g_44_1    prod_ge_133  1
    g_44_1    residual_44  2
    g_44_2    prod_le_h_134  1
    g_44_2    prod_le_sign_134  1
    g_44_2    prod_ge_134  1
    g_44_2    residual_44  2
    g_45_0    prod_le_h_135  1
    g_45_0    prod_le_sign_135  1
    g_45_0    prod_ge_135  1
    g_45_0    residual_45  2
    g_45_1    prod_le_h_136  1
    g_45_1    prod_le_sign_136  1
    g_45_1    prod_ge_136  1
    g_45_1    residual_45  2
    g_45_2    prod_le_h_137  1
    g_45_2    prod_le_sign_137  1
    g_45_2    prod_ge_137  1
    g_45_2    residual_45  2
    g_46_0    prod_le_h_138  1
    g_46_0    prod_le_sign_138  1
    g_46_0    prod_ge_138  1
    g_46_0    residual_46  2
    g_46_1    prod_le_h_139  1
    g_46_1    prod_le_sign_139  1
    g_46_1    prod_ge_139  1
    g_46_1    residual_46  2
    g_46_2    prod_le_h_140  1
    g_46_2    prod_le_sign_140  1
    g_46_2    prod_ge_140  1
    g_46_2    residual_46  2
    g_47_0    prod_le_h_141  1
    g_47_0    prod_le_sign_141  1
    g_47_0    prod_ge_141  1
    g_47_0    residual_47  2
    g_47_1    prod_le_h_142  1
    g_47_1    prod_le_sign_142  1
    g_47_1    prod_ge_142  1
    g_47_1    residual_47  2
    g_47_2    prod_le_h_143  1
    g_47_2    prod_le_sign_143  1
    g_47_2    prod_ge_143  1
    g_47_2    residual_47  2
    g_48_0    prod_le_h_144  1
    g_48_0    prod_le_sign_144  1
    g_48_0    prod_ge_144  1
    g_48_0    residual_48  2
    g_48_1    prod_le_h_145  1
    g_48_1    prod_le_sign_145  1
    g_48_1    prod_ge_145  1
    g_48_1    residual_48  2
    g_48_2    prod_le_h_146  1
    g_48_2    prod_le_sign_146  1
    g_48_2    prod_ge_146  1
    g_48_2    residual_48  2
    g_49_0    prod_le_h_147  1
    g_49_0    prod_le_sign_147  1
    g_49_0    prod_ge_147  1
    g_49_0    residual_49  2
    g_49_1    prod_le_h_148  1
    g_49_1    prod_le_sign_148  1
    g_49_1    prod_ge_148  1
    g_49_1    residual_49  2
    g_49_2    prod_le_h_149  1
    g_49_2    prod_le_sign_149  1
    g_49_2    prod_ge_149  1
    g_49_2    residual_49  2
    g_50_0    prod_le_h_150  1
    g_50_0    prod_le_sign_150  1
    g_50_0    prod_ge_150  1
    g_50_0    residual_50  2
    g_50_1    prod_le_h_151  1
    g_50_1    prod_le_sign_151  1
    g_50_1    prod_ge_151  1
    g_50_1    residual_50  2
    g_50_2    prod_le_h_152  1
    g_50_2    prod_le_sign_152  1
    g_50_2    prod_ge_152  1
    g_50_2    residual_50  2
    g_51_0    prod_le_h_153  1
    g_51_0    prod_le_sign_153  1
    g_51_0    prod_ge_153  1
    g_51_0    residual_51  2
    g_51_1    prod_le_h_154  1
    g_51_1    prod_le_sign_154  1
    g_51_1    prod_ge_154  1
    g_51_1    residual_51  2
    g_51_2    prod_le_h_155  1
    g_51_2    prod_le_sign_155  1
    g_51_2    prod_ge_155  1
    g_51_2    residual_51  2
    g_52_0    prod_le_h_156  1
    g_52_0    prod_le_sign_156  1
    g_52_0    prod_ge_156  1
    g_52_0    residual_52  2
    g_52_1    prod_le_h_157  1
    g_52_1    prod_le_sign_157  1
    g_52_1    prod_ge_157  1
    g_52_1    residual_52  2
    g_52_2    prod_le_h_158  1
    g_52_2    prod_le_sign_158  1
    g_52_2    prod_ge_158  1
    g_52_2    residual_52  2
    g_53_0    prod_le_h_159  1
    g_53_0    prod_le_sign_159  1
    g_53_0    prod_ge_159  1
    g_53_0    residual_53  2
    g_53_1    prod_le_h_160  1
    g_53_1    prod_le_sign_160  1
    g_53_1    prod_ge_160  1
    g_53_1    residual_53  2
    g_53_2    prod_le_h_161  1
    g_53_2    prod_le_sign_161  1
    g_53_2    prod_ge_161  1
    g_53_2    residual_53  2
    g_54_0    prod_le_h_162  1
    g_54_0    prod_le_sign_162  1
    g_54_0    prod_ge_162  1
    g_54_0    residual_54  2
    g_54_1    prod_le_h_163  1
    g_54_1    prod_le_sign_163  1
    g_54_1    prod_ge_163  1
    g_54_1    residual_54  2
    g_54_2    prod_le_h_164  1
    g_54_2    prod_le_sign_164  1
    g_54_2    prod_ge_164  1
    g_54_2    residual_54  2
    g_55_0    prod_le_h_165  1
    g_55_0    prod_le_sign_165  1
    g_55_0    prod_ge_165  1
    g_55_0    residual_55  2
    g_55_1    prod_le_h_166  1
    g_55_1    prod_le_sign_166  1
    g_55_1    prod_ge_166  1
    g_55_1    residual_55  2
    g_55_2    prod_le_h_167  1
    g_55_2    prod_le_sign_167  1
    g_55_2    prod_ge_167  1
    g_55_2    residual_55  2
    g_56_0    prod_le_h_168  1
    g_56_0    prod_le_sign_168  1
    g_56_0    prod_ge_168  1
    g_56_0    residual_56  2
    g_56_1    prod_le_h_169  1
    g_56_1    prod_le_sign_169  1
    g_56_1    prod_ge_169  1
    g_56_1    residual_56  2
    g_56_2    prod_le_h_170  1
    g_56_2    prod_le_sign_170  1
    g_56_2    prod_ge_170  1
    g_56_2    residual_56  2
    g_57_0    prod_le_h_171  1
    g_57_0    prod_le_sign_171  1
    g_57_0    prod_ge_171  1
    g_57_0    residual_57  2
    g_57_1    prod_le_h_172  1
    g_57_1    prod_le_sign_172  1
    g_57_1    prod_ge_172  1
    g_57_1    residual_57  2
    g_57_2    prod_le_h_173  1
    g_57_2    prod_le_sign_173  1
    g_57_2    prod_ge_173  1
    g_57_2    residual_57  2
    g_58_0    prod_le_h_174  1
    g_58_0    prod_le_sign_174  1
    g_58_0    prod_ge_174  1
    g_58_0    residual_58  2
    g_58_1    prod_le_h_175  1
    g_58_1    prod_le_sign_175  1
    g_58_1    prod_ge_175  1
    g_58_1    residual_58  2
    g_58_2    prod_le_h_176  1
    g_58_2    prod_le_sign_176  1
    g_58_2    prod_ge_176  1
    g_58_2    residual_58  2
    g_59_0    prod_le_h_177  1
    g_59_0    prod_le_sign_177  1
    g_59_0    prod_ge_177  1
    g_59_0    residual_59  2
    g_59_1    prod_le_h_178  1
    g_59_1    prod_le_sign_178  1
    g_59_1    prod_ge_178  1
    g_59_1    residual_59  2
    g_59_2    prod_le_h_179  1
    g_59_2    prod_le_sign_179  1
    g_59_2    prod_ge_179  1
    g_59_2    residual_59  2
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
    ep_30     Obj       1
    ep_30     residual_30  -1
    ep_31     Obj       1
    ep_31     residual_31  -1
    ep_32     Obj       1
    ep_32     residual_32  -1
    ep_33     Obj       1
    ep_33     residual_33  -1
    ep_34     Obj       1
    ep_34     residual_34  -1
    ep_35     Obj       1
    ep_35     residual_35  -1
    ep_36     Obj       1
    ep_36     residual_36  -1
    ep_37     Obj       1
    ep_37     residual_37  -1
    ep_38     Obj       1
    ep_38     residual_38  -1
    ep_39     Obj       1
    ep_39     residual_39  -1
    ep_40     Obj       1
    ep_40     residual_40  -1
    ep_41     Obj       1
    ep_41     residual_41  -1
    ep_42     Obj       1
    ep_42     residual_42  -1
    ep_43     Obj       1
    ep_43     residual_43  -1
    ep_44     Obj       1
    ep_44     residual_44  -1
    ep_45     Obj       1
    ep_45     residual_45  -1
    ep_46     Obj       1
    ep_46     residual_46  -1
    ep_47     Obj       1
    ep_47     residual_47  -1
    ep_48     Obj       1
    ep_48     residual_48  -1
    ep_49     Obj       1
    ep_49     residual_49  -1
    ep_50     Obj       1
    ep_50     residual_50  -1
    ep_51     Obj       1
    ep_51     residual_51  -1
    ep_52     Obj       1
    ep_52     residual_52  -1
    ep_53     Obj       1
    ep_53     residual_53  -1
    ep_54     Obj       1
    ep_54     residual_54  -1
    ep_55     Obj       1
    ep_55     residual_55  -1
    ep_56     Obj       1
    ep_56     residual_56  -1
    ep_57     Obj       1
    ep_57     residual_57  -1
    ep_58     Obj       1
    ep_58     residual_58  -1
    ep_59     Obj       1
    ep_59     residual_59  -1
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
    em_30     Obj       1
    em_30     residual_30  1
    em_31     Obj       1
    em_31     residual_31  1
    em_32     Obj       1
    em_32     residual_32  1
    em_33     Obj       1
    em_33     residual_33  1
    em_34     Obj       1
    em_34     residual_34  1
    em_35     Obj       1
    em_35     residual_35  1
    em_36     Obj       1
    em_36     residual_36  1
    em_37     Obj       1
    em_37     residual_37  1
    em_38     Obj       1
    em_38     residual_38  1
    em_39     Obj       1
    em_39     residual_39  1
    em_40     Obj       1
    em_40     residual_40  1
    em_41     Obj       1
    em_41     residual_41  1
    em_42     Obj       1
    em_42     residual_42  1
    em_43     Obj       1
    em_43     residual_43  1
    em_44     Obj       1
    em_44     residual_44  1
    em_45     Obj       1
    em_45     residual_45  1
    em_46     Obj       1
    em_46     residual_46  1
    em_47     Obj       1
    em_47     residual_47  1
    em_48     Obj       1
    em_48     residual_48  1
    em_49     Obj       1
    em_49     residual_49  1
    em_50     Obj       1
    em_50     residual_50  1
    em_51     Obj       1
    em_51     residual_51  1
    em_52     Obj       1
    em_52     residual_52  1
    em_53     Obj       1
    em_53     residual_53  1
    em_54     Obj       1
    em_54     residual_54  1
    em_55     Obj       1
    em_55     residual_55  1
    em_56     Obj       1
    em_56     residual_56  1
    em_57     Obj       1
    em_57     residual_57  1
    em_58     Obj       1
    em_58     residual_58  1
    em_59     Obj       1
    em_59     residual_59  1
RHS
    RHS_V     relu_le_pre_0  1.8821467146771713
    RHS_V     relu_le_pre_1  1.8821467146771713
    RHS_V     relu_le_pre_2  1.8821467146771713
    RHS_V     relu_le_pre_3  2.3812321495158311
    RHS_V     relu_le_pre_4  2.3812321495158311
    RHS_V     relu_le_pre_5  2.3812321495158311
    RHS_V     relu_le_pre_6  2.1522157273290121
    RHS_V     relu_le_pre_7  2.1522157273290121
    RHS_V     relu_le_pre_8  2.1522157273290121
    RHS_V     relu_le_pre_9  1.9987684099375946
    RHS_V     relu_le_pre_10  1.9987684099375946
    RHS_V     relu_le_pre_11  1.9987684099375946
    RHS_V     relu_le_pre_12  1.3527408596341131
    RHS_V     relu_le_pre_13  1.3527408596341131
    RHS_V     relu_le_pre_14  1.3527408596341131
    RHS_V     relu_le_pre_15  2.2295063908150023
    RHS_V     relu_le_pre_16  2.2295063908150023
    RHS_V     relu_le_pre_17  2.2295063908150023
    RHS_V     relu_le_pre_18  2.0837433096139337
    RHS_V     relu_le_pre_19  2.0837433096139337
    RHS_V     relu_le_pre_20  2.0837433096139337
    RHS_V     relu_le_pre_21  1.4916506237079892
    RHS_V     relu_le_pre_22  1.4916506237079892
    RHS_V     relu_le_pre_23  1.4916506237079892
    RHS_V     relu_le_pre_24  1.6983962829806627
    RHS_V     relu_le_pre_25  1.6983962829806627
    RHS_V     relu_le_pre_26  1.6983962829806627
    RHS_V     relu_le_pre_27  1.2708000941592781
    RHS_V     relu_le_pre_28  1.2708000941592781
    RHS_V     relu_le_pre_29  1.2708000941592781
    RHS_V     relu_le_pre_30  2.2069315133766585
    RHS_V     relu_le_pre_31  2.2069315133766585
    RHS_V     relu_le_pre_32  2.2069315133766585
    RHS_V     relu_le_pre_33  2.1091896904175869
    RHS_V     relu_le_pre_34  2.1091896904175869
    RHS_V     relu_le_pre_35  2.1091896904175869
    RHS_V     relu_le_pre_36  2.2103627488322433
    RHS_V     relu_le_pre_37  2.2103627488322433
    RHS_V     relu_le_pre_38  2.2103627488322433
    RHS_V     relu_le_pre_39  2.0600916625385137
    RHS_V     relu_le_pre_40  2.0600916625385137
    RHS_V     relu_le_pre_41  2.0600916625385137
    RHS_V     relu_le_pre_42  1.7209793042710091
    RHS_V     relu_le_pre_43  1.7209793042710091
    RHS_V     relu_le_pre_44  1.7209793042710091
    RHS_V     relu_le_pre_45  2.2529738755815378
    RHS_V     relu_le_pre_46  2.2529738755815378
    RHS_V     relu_le_pre_47  2.2529738755815378
    RHS_V     relu_le_pre_48  1.7010917763355704
    RHS_V     relu_le_pre_49  1.7010917763355704
    RHS_V     relu_le_pre_50  1.7010917763355704
    RHS_V     relu_le_pre_51  1.3973641275053781
    RHS_V     relu_le_pre_52  1.3973641275053781
    RHS_V     relu_le_pre_53  1.3973641275053781
    RHS_V     relu_le_pre_54  1.8716076653060494
    RHS_V     relu_le_pre_55  1.8716076653060494
    RHS_V     relu_le_pre_56  1.8716076653060494
    RHS_V     relu_le_pre_57  1.9668137415659523
    RHS_V     relu_le_pre_58  1.9668137415659523
    RHS_V     relu_le_pre_59  1.9668137415659523
    RHS_V     relu_le_pre_60  1.7385227789967521
    RHS_V     relu_le_pre_61  1.7385227789967521
    RHS_V     relu_le_pre_62  1.7385227789967521
    RHS_V     relu_le_pre_63  2.0861149425388574
    RHS_V     relu_le_pre_64  2.0861149425388574
    RHS_V     relu_le_pre_65  2.0861149425388574
    RHS_V     relu_le_pre_66  2.09768220291779
    RHS_V     relu_le_pre_67  2.09768220291779
    RHS_V     relu_le_pre_68  2.09768220291779
    RHS_V     relu_le_pre_69  1.574876650132258
    RHS_V     relu_le_pre_70  1.574876650132258
    RHS_V     relu_le_pre_71  1.574876650132258
    RHS_V     relu_le_pre_72  1.992165794107539
    RHS_V     relu_le_pre_73  1.992165794107539
    RHS_V     relu_le_pre_74  1.992165794107539
    RHS_V     relu_le_pre_75  1.6220015652435607
    RHS_V     relu_le_pre_76  1.6220015652435607
    RHS_V     relu_le_pre_77  1.6220015652435607
    RHS_V     relu_le_pre_78  2.1105310566896738
    RHS_V     relu_le_pre_79  2.1105310566896738
    RHS_V     relu_le_pre_80  2.1105310566896738
    RHS_V     relu_le_pre_81  1.6238819305777934
    RHS_V     relu_le_pre_82  1.6238819305777934
    RHS_V     relu_le_pre_83  1.6238819305777934
    RHS_V     relu_le_pre_84  2.2634278447839762
    RHS_V     relu_le_pre_85  2.2634278447839762
    RHS_V     relu_le_pre_86  2.2634278447839762
    RHS_V     relu_le_pre_87  1.8764150697424145
    RHS_V     relu_le_pre_88  1.8764150697424145
    RHS_V     relu_le_pre_89  1.8764150697424145
    RHS_V     relu_le_pre_90  1.9176183548773642
    RHS_V     relu_le_pre_91  1.9176183548773642
    RHS_V     relu_le_pre_92  1.9176183548773642
    RHS_V     relu_le_pre_93  2.1432573994318274
    RHS_V     relu_le_pre_94  2.1432573994318274
    RHS_V     relu_le_pre_95  2.1432573994318274
    RHS_V     relu_le_pre_96  1.9802347606032051
    RHS_V     relu_le_pre_97  1.9802347606032051
    RHS_V     relu_le_pre_98  1.9802347606032051
    RHS_V     relu_le_pre_99  1.5979415701801123
    RHS_V     relu_le_pre_100  1.5979415701801123
    RHS_V     relu_le_pre_101  1.5979415701801123
    RHS_V     relu_le_pre_102  2.3910664944951661
    RHS_V     relu_le_pre_103  2.3910664944951661
    RHS_V     relu_le_pre_104  2.3910664944951661
    RHS_V     relu_le_pre_105  1.4097278015323138
    RHS_V     relu_le_pre_106  1.4097278015323138
    RHS_V     relu_le_pre_107  1.4097278015323138
    RHS_V     relu_le_pre_108  1.8019184275618241
    RHS_V     relu_le_pre_109  1.8019184275618241
    RHS_V     relu_le_pre_110  1.8019184275618241
    RHS_V     relu_le_pre_111  1.888827493385429
    RHS_V     relu_le_pre_112  1.888827493385429
    RHS_V     relu_le_pre_113  1.888827493385429
    RHS_V     relu_le_pre_114  1.194208482993514
    RHS_V     relu_le_pre_115  1.194208482993514
    RHS_V     relu_le_pre_116  1.194208482993514
    RHS_V     relu_le_pre_117  1.555463877120306
    RHS_V     relu_le_pre_118  1.555463877120306
    RHS_V     relu_le_pre_119  1.555463877120306
    RHS_V     relu_le_pre_120  2.257981823134223
    RHS_V     relu_le_pre_121  2.257981823134223
    RHS_V     relu_le_pre_122  2.257981823134223
    RHS_V     relu_le_pre_123  2.0835733689678935
    RHS_V     relu_le_pre_124  2.0835733689678935
    RHS_V     relu_le_pre_125  2.0835733689678935
    RHS_V     relu_le_pre_126  2.0367419381693375
    RHS_V     relu_le_pre_127  2.0367419381693375
    RHS_V     relu_le_pre_128  2.0367419381693375
    RHS_V     relu_le_pre_129  2.023693045751771
    RHS_V     relu_le_pre_130  2.023693045751771
    RHS_V     relu_le_pre_131  2.023693045751771
    RHS_V     relu_le_pre_132  2.1742791367838179
    RHS_V     relu_le_pre_133  2.1742791367838179
    RHS_V     relu_le_pre_134  2.1742791367838179
    RHS_V     relu_le_pre_135  1.6813027194317556
    RHS_V     relu_le_pre_136  1.6813027194317556
    RHS_V     relu_le_pre_137  1.6813027194317556
    RHS_V     relu_le_pre_138  1.9278756476743391
    RHS_V     relu_le_pre_139  1.9278756476743391
    RHS_V     relu_le_pre_140  1.9278756476743391
    RHS_V     relu_le_pre_141  1.7588695751870311
    RHS_V     relu_le_pre_142  1.7588695751870311
    RHS_V     relu_le_pre_143  1.7588695751870311
    RHS_V     relu_le_pre_144  1.9720727916360046
    RHS_V     relu_le_pre_145  1.9720727916360046
    RHS_V     relu_le_pre_146  1.9720727916360046
    RHS_V     relu_le_pre_147  1.8055436240749969
    RHS_V     relu_le_pre_148  1.8055436240749969
    RHS_V     relu_le_pre_149  1.8055436240749969
    RHS_V     relu_le_pre_150  1.4028942534961688
    RHS_V     relu_le_pre_151  1.4028942534961688
    RHS_V     relu_le_pre_152  1.4028942534961688
    RHS_V     relu_le_pre_153  2.1762728453748927
    RHS_V     relu_le_pre_154  2.1762728453748927
    RHS_V     relu_le_pre_155  2.1762728453748927
    RHS_V     relu_le_pre_156  2.1191903000265717
    RHS_V     relu_le_pre_157  2.1191903000265717
    RHS_V     relu_le_pre_158  2.1191903000265717
    RHS_V     relu_le_pre_159  2.2119239511389401
    RHS_V     relu_le_pre_160  2.2119239511389401
    RHS_V     relu_le_pre_161  2.2119239511389401
    RHS_V     relu_le_pre_162  2.0439503349411279
    RHS_V     relu_le_pre_163  2.0439503349411279
    RHS_V     relu_le_pre_164  2.0439503349411279
    RHS_V     relu_le_pre_165  2.2412588246077623
    RHS_V     relu_le_pre_166  2.2412588246077623
    RHS_V     relu_le_pre_167  2.2412588246077623
    RHS_V     relu_le_pre_168  1.7747542035474482
    RHS_V     relu_le_pre_169  1.7747542035474482
    RHS_V     relu_le_pre_170  1.7747542035474482
    RHS_V     relu_le_pre_171  1.7700340073651817
    RHS_V     relu_le_pre_172  1.7700340073651817
    RHS_V     relu_le_pre_173  1.7700340073651817
    RHS_V     relu_le_pre_174  1.3510808080190653
    RHS_V     relu_le_pre_175  1.3510808080190653
    RHS_V     relu_le_pre_176  1.3510808080190653
    RHS_V     relu_le_pre_177  2.0347658252880745
    RHS_V     relu_le_pre_178  2.0347658252880745
    RHS_V     relu_le_pre_179  2.0347658252880745
    RHS_V     prod_ge_0  -1.8821467146771713
    RHS_V     prod_ge_1  -1.8821467146771713
    RHS_V     prod_ge_2  -1.8821467146771713
    RHS_V     prod_ge_3  -2.3812321495158311
    RHS_V     prod_ge_4  -2.3812321495158311
    RHS_V     prod_ge_5  -2.3812321495158311
    RHS_V     prod_ge_6  -2.1522157273290121
    RHS_V     prod_ge_7  -2.1522157273290121
    RHS_V     prod_ge_8  -2.1522157273290121
    RHS_V     prod_ge_9  -1.9987684099375946
    RHS_V     prod_ge_10  -1.9987684099375946
    RHS_V     prod_ge_11  -1.9987684099375946
    RHS_V     prod_ge_12  -1.3527408596341131
    RHS_V     prod_ge_13  -1.3527408596341131
    RHS_V     prod_ge_14  -1.3527408596341131
    RHS_V     prod_ge_15  -2.2295063908150023
    RHS_V     prod_ge_16  -2.2295063908150023
    RHS_V     prod_ge_17  -2.2295063908150023
    RHS_V     prod_ge_18  -2.0837433096139337
    RHS_V     prod_ge_19  -2.0837433096139337
    RHS_V     prod_ge_20  -2.0837433096139337
    RHS_V     prod_ge_21  -1.4916506237079892
    RHS_V     prod_ge_22  -1.4916506237079892
    RHS_V     prod_ge_23  -1.4916506237079892
    RHS_V     prod_ge_24  -1.6983962829806627
    RHS_V     prod_ge_25  -1.6983962829806627
    RHS_V     prod_ge_26  -1.6983962829806627
    RHS_V     prod_ge_27  -1.2708000941592781
    RHS_V     prod_ge_28  -1.2708000941592781
    RHS_V     prod_ge_29  -1.2708000941592781
    RHS_V     prod_ge_30  -2.2069315133766585
    RHS_V     prod_ge_31  -2.2069315133766585
    RHS_V     prod_ge_32  -2.2069315133766585
    RHS_V     prod_ge_33  -2.1091896904175869
    RHS_V     prod_ge_34  -2.1091896904175869
    RHS_V     prod_ge_35  -2.1091896904175869
    RHS_V     prod_ge_36  -2.2103627488322433
    RHS_V     prod_ge_37  -2.2103627488322433
    RHS_V     prod_ge_38  -2.2103627488322433
    RHS_V     prod_ge_39  -2.0600916625385137
    RHS_V     prod_ge_40  -2.0600916625385137
    RHS_V     prod_ge_41  -2.0600916625385137
    RHS_V     prod_ge_42  -1.7209793042710091
    RHS_V     prod_ge_43  -1.7209793042710091
    RHS_V     prod_ge_44  -1.7209793042710091
    RHS_V     prod_ge_45  -2.2529738755815378
    RHS_V     prod_ge_46  -2.2529738755815378
    RHS_V     prod_ge_47  -2.2529738755815378
    RHS_V     prod_ge_48  -1.7010917763355704
    RHS_V     prod_ge_49  -1.7010917763355704
    RHS_V     prod_ge_50  -1.7010917763355704
    RHS_V     prod_ge_51  -1.3973641275053781
    RHS_V     prod_ge_52  -1.3973641275053781
    RHS_V     prod_ge_53  -1.3973641275053781
    RHS_V     prod_ge_54  -1.8716076653060494
    RHS_V     prod_ge_55  -1.8716076653060494
    RHS_V     prod_ge_56  -1.8716076653060494
    RHS_V     prod_ge_57  -1.9668137415659523
    RHS_V     prod_ge_58  -1.9668137415659523
    RHS_V     prod_ge_59  -1.9668137415659523
    RHS_V     prod_ge_60  -1.7385227789967521
    RHS_V     prod_ge_61  -1.7385227789967521
    RHS_V     prod_ge_62  -1.7385227789967521
    RHS_V     prod_ge_63  -2.0861149425388574
    RHS_V     prod_ge_64  -2.0861149425388574
    RHS_V     prod_ge_65  -2.0861149425388574
    RHS_V     prod_ge_66  -2.09768220291779
    RHS_V     prod_ge_67  -2.09768220291779
    RHS_V     prod_ge_68  -2.09768220291779
    RHS_V     prod_ge_69  -1.574876650132258
    RHS_V     prod_ge_70  -1.574876650132258
    RHS_V     prod_ge_71  -1.574876650132258
    RHS_V     prod_ge_72  -1.992165794107539
    RHS_V     prod_ge_73  -1.992165794107539
    RHS_V     prod_ge_74  -1.992165794107539
    RHS_V     prod_ge_75  -1.6220015652435607
    RHS_V     prod_ge_76  -1.6220015652435607
    RHS_V     prod_ge_77  -1.6220015652435607
    RHS_V     prod_ge_78  -2.1105310566896738
    RHS_V     prod_ge_79  -2.1105310566896738
    RHS_V     prod_ge_80  -2.1105310566896738
    RHS_V     prod_ge_81  -1.6238819305777934
    RHS_V     prod_ge_82  -1.6238819305777934
    RHS_V     prod_ge_83  -1.6238819305777934
    RHS_V     prod_ge_84  -2.2634278447839762
    RHS_V     prod_ge_85  -2.2634278447839762
    RHS_V     prod_ge_86  -2.2634278447839762
    RHS_V     prod_ge_87  -1.8764150697424145
    RHS_V     prod_ge_88  -1.8764150697424145
    RHS_V     prod_ge_89  -1.8764150697424145
    RHS_V     prod_ge_90  -1.9176183548773642
    RHS_V     prod_ge_91  -1.9176183548773642
    RHS_V     prod_ge_92  -1.9176183548773642
    RHS_V     prod_ge_93  -2.1432573994318274
    RHS_V     prod_ge_94  -2.1432573994318274
    RHS_V     prod_ge_95  -2.1432573994318274
    RHS_V     prod_ge_96  -1.9802347606032051
    RHS_V     prod_ge_97  -1.9802347606032051
    RHS_V     prod_ge_98  -1.9802347606032051
    RHS_V     prod_ge_99  -1.5979415701801123
    RHS_V     prod_ge_100  -1.5979415701801123
    RHS_V     prod_ge_101  -1.5979415701801123
    RHS_V     prod_ge_102  -2.3910664944951661
    RHS_V     prod_ge_103  -2.3910664944951661
    RHS_V     prod_ge_104  -2.3910664944951661
    RHS_V     prod_ge_105  -1.4097278015323138
    RHS_V     prod_ge_106  -1.4097278015323138
    RHS_V     prod_ge_107  -1.4097278015323138
    RHS_V     prod_ge_108  -1.8019184275618241
    RHS_V     prod_ge_109  -1.8019184275618241
    RHS_V     prod_ge_110  -1.8019184275618241
    RHS_V     prod_ge_111  -1.888827493385429
    RHS_V     prod_ge_112  -1.888827493385429
    RHS_V     prod_ge_113  -1.888827493385429
    RHS_V     prod_ge_114  -1.194208482993514
    RHS_V     prod_ge_115  -1.194208482993514
    RHS_V     prod_ge_116  -1.194208482993514
    RHS_V     prod_ge_117  -1.555463877120306
    RHS_V     prod_ge_118  -1.555463877120306
    RHS_V     prod_ge_119  -1.555463877120306
    RHS_V     prod_ge_120  -2.257981823134223
    RHS_V     prod_ge_121  -2.257981823134223
    RHS_V     prod_ge_122  -2.257981823134223
    RHS_V     prod_ge_123  -2.0835733689678935
    RHS_V     prod_ge_124  -2.0835733689678935
    RHS_V     prod_ge_125  -2.0835733689678935
    RHS_V     prod_ge_126  -2.0367419381693375
    RHS_V     prod_ge_127  -2.0367419381693375
    RHS_V     prod_ge_128  -2.0367419381693375
    RHS_V     prod_ge_129  -2.023693045751771
    RHS_V     prod_ge_130  -2.023693045751771
    RHS_V     prod_ge_131  -2.023693045751771
    RHS_V     prod_ge_132  -2.1742791367838179
    RHS_V     prod_ge_133  -2.1742791367838179
    RHS_V     prod_ge_134  -2.1742791367838179
    RHS_V     prod_ge_135  -1.6813027194317556
    RHS_V     prod_ge_136  -1.6813027194317556
    RHS_V     prod_ge_137  -1.6813027194317556
    RHS_V     prod_ge_138  -1.9278756476743391
    RHS_V     prod_ge_139  -1.9278756476743391
    RHS_V     prod_ge_140  -1.9278756476743391
    RHS_V     prod_ge_141  -1.7588695751870311
    RHS_V     prod_ge_142  -1.7588695751870311
    RHS_V     prod_ge_143  -1.7588695751870311
    RHS_V     prod_ge_144  -1.9720727916360046
    RHS_V     prod_ge_145  -1.9720727916360046
    RHS_V     prod_ge_146  -1.9720727916360046
    RHS_V     prod_ge_147  -1.8055436240749969
    RHS_V     prod_ge_148  -1.8055436240749969
    RHS_V     prod_ge_149  -1.8055436240749969
    RHS_V     prod_ge_150  -1.4028942534961688
    RHS_V     prod_ge_151  -1.4028942534961688
    RHS_V     prod_ge_152  -1.4028942534961688
    RHS_V     prod_ge_153  -2.1762728453748927
    RHS_V     prod_ge_154  -2.1762728453748927
    RHS_V     prod_ge_155  -2.1762728453748927
    RHS_V     prod_ge_156  -2.1191903000265717
    RHS_V     prod_ge_157  -2.1191903000265717
    RHS_V     prod_ge_158  -2.1191903000265717
    RHS_V     prod_ge_159  -2.2119239511389401
    RHS_V     prod_ge_160  -2.2119239511389401
    RHS_V     prod_ge_161  -2.2119239511389401
    RHS_V     prod_ge_162  -2.0439503349411279
    RHS_V     prod_ge_163  -2.0439503349411279
    RHS_V     prod_ge_164  -2.0439503349411279
    RHS_V     prod_ge_165  -2.2412588246077623
    RHS_V     prod_ge_166  -2.2412588246077623
    RHS_V     prod_ge_167  -2.2412588246077623
    RHS_V     prod_ge_168  -1.7747542035474482
    RHS_V     prod_ge_169  -1.7747542035474482
    RHS_V     prod_ge_170  -1.7747542035474482
    RHS_V     prod_ge_171  -1.7700340073651817
    RHS_V     prod_ge_172  -1.7700340073651817
    RHS_V     prod_ge_173  -1.7700340073651817
    RHS_V     prod_ge_174  -1.3510808080190653
    RHS_V     prod_ge_175  -1.3510808080190653
    RHS_V     prod_ge_176  -1.3510808080190653
    RHS_V     prod_ge_177  -2.0347658252880745
    RHS_V     prod_ge_178  -2.0347658252880745
    RHS_V     prod_ge_179  -2.0347658252880745
    RHS_V     residual_0  0.22433170965627078
    RHS_V     residual_1  1.9314278417715849
    RHS_V     residual_2  0.0084378071277616123
    RHS_V     residual_3  1.7899105808861737
    RHS_V     residual_4  0.79767947746187773
    RHS_V     residual_5  -0.13979344820801515
    RHS_V     residual_6  1.1566888697738764
    RHS_V     residual_7  0.6138195218299054
    RHS_V     residual_8  1.4804575924511998
    RHS_V     residual_9  0.62124513207403909
    RHS_V     residual_10  1.8331468394328538
    RHS_V     residual_11  0.092991683423400834
    RHS_V     residual_12  1.2126932534468164
    RHS_V     residual_13  0.32677877566942465
    RHS_V     residual_14  0.90679140638379441
    RHS_V     residual_15  0.0099997745429886674
    RHS_V     residual_16  0.79192975629287454
    RHS_V     residual_17  1.2280269222982694
    RHS_V     residual_18  0.21354545163411251
    RHS_V     residual_19  0.79444841301759206
    RHS_V     residual_20  0.82018173191835342
    RHS_V     residual_21  0.06716524747191957
    RHS_V     residual_22  0.92531097626715353
    RHS_V     residual_23  1.3554083412134839
    RHS_V     residual_24  1.684441673260358
    RHS_V     residual_25  1.2413870285615529
    RHS_V     residual_26  -0.05710042299431968
    RHS_V     residual_27  0.52782647926528958
    RHS_V     residual_28  0.048083910579536836
    RHS_V     residual_29  0.74312858643290391
    RHS_V     residual_30  1.6867174724612002
    RHS_V     residual_31  1.1163736140663729
    RHS_V     residual_32  1.6343433659804543
    RHS_V     residual_33  0.46480389828532048
    RHS_V     residual_34  1.8779446912643554
    RHS_V     residual_35  1.2140896196812059
    RHS_V     residual_36  0.21318507709687506
    RHS_V     residual_37  0.36092585369772073
    RHS_V     residual_38  0.94719761164757932
    RHS_V     residual_39  0.39013929602429986
    RHS_V     residual_40  1.8407118034094756
    RHS_V     residual_41  0.53096900532115254
    RHS_V     residual_42  1.7549403313184735
    RHS_V     residual_43  0.0031120713086673886
    RHS_V     residual_44  1.83984471212185
    RHS_V     residual_45  0.37965544906280529
    RHS_V     residual_46  0.21947191310769709
    RHS_V     residual_47  1.520873947054052
    RHS_V     residual_48  0.21807820000105166
    RHS_V     residual_49  0.665486709708212
    RHS_V     residual_50  0.64617853412519877
    RHS_V     residual_51  0.31890717012394582
    RHS_V     residual_52  1.2181057916996803
    RHS_V     residual_53  0.84252883496419118
    RHS_V     residual_54  0.057968781284185963
    RHS_V     residual_55  0.66783055046920237
    RHS_V     residual_56  1.3621754433933402
    RHS_V     residual_57  1.5773115459990792
    RHS_V     residual_58  1.2535871267106122
    RHS_V     residual_59  0.95191694628798662
BOUNDS
 LO BOUND     W_0_0     -1
 UP BOUND     W_0_0     1
 LO BOUND     W_0_1     -1
 UP BOUND     W_0_1     1
 LO BOUND     W_1_0     -1
 UP BOUND     W_1_0     1
 LO BOUND     W_1_1     -1
 UP BOUND     W_1_1     1
 LO BOUND     W_2_0     -1
 UP BOUND     W_2_0     1
 LO BOUND     W_2_1     -1
 UP BOUND     W_2_1     1
 LO BOUND     b_0       -1
 UP BOUND     b_0       1
 LO BOUND     b_1       -1
 UP BOUND     b_1       1
 LO BOUND     b_2       -1
 UP BOUND     b_2       1
 UP BOUND     h_0_0     1.8821467146771713
 UP BOUND     h_0_1     1.8821467146771713
 UP BOUND     h_0_2     1.8821467146771713
 UP BOUND     h_1_0     2.3812321495158311
 UP BOUND     h_1_1     2.3812321495158311
 UP BOUND     h_1_2     2.3812321495158311
 UP BOUND     h_2_0     2.1522157273290121
 UP BOUND     h_2_1     2.1522157273290121
 UP BOUND     h_2_2     2.1522157273290121
 UP BOUND     h_3_0     1.9987684099375946
 UP BOUND     h_3_1     1.9987684099375946
 UP BOUND     h_3_2     1.9987684099375946
 UP BOUND     h_4_0     1.3527408596341131
 UP BOUND     h_4_1     1.3527408596341131
 UP BOUND     h_4_2     1.3527408596341131
 UP BOUND     h_5_0     2.2295063908150023
 UP BOUND     h_5_1     2.2295063908150023
 UP BOUND     h_5_2     2.2295063908150023
 UP BOUND     h_6_0     2.0837433096139337
 UP BOUND     h_6_1     2.0837433096139337
 UP BOUND     h_6_2     2.0837433096139337
 UP BOUND     h_7_0     1.4916506237079892
 UP BOUND     h_7_1     1.4916506237079892
 UP BOUND     h_7_2     1.4916506237079892
 UP BOUND     h_8_0     1.6983962829806627
 UP BOUND     h_8_1     1.6983962829806627
 UP BOUND     h_8_2     1.6983962829806627
 UP BOUND     h_9_0     1.2708000941592781
 UP BOUND     h_9_1     1.2708000941592781
 UP BOUND     h_9_2     1.2708000941592781
 UP BOUND     h_10_0    2.2069315133766585
 UP BOUND     h_10_1    2.2069315133766585
 UP BOUND     h_10_2    2.2069315133766585
 UP BOUND     h_11_0    2.1091896904175869
 UP BOUND     h_11_1    2.1091896904175869
 UP BOUND     h_11_2    2.1091896904175869
 UP BOUND     h_12_0    2.2103627488322433
 UP BOUND     h_12_1    2.2103627488322433
 UP BOUND     h_12_2    2.2103627488322433
 UP BOUND     h_13_0    2.0600916625385137
 UP BOUND     h_13_1    2.0600916625385137
 UP BOUND     h_13_2    2.0600916625385137
 UP BOUND     h_14_0    1.7209793042710091
 UP BOUND     h_14_1    1.7209793042710091
 UP BOUND     h_14_2    1.7209793042710091
 UP BOUND     h_15_0    2.2529738755815378
 UP BOUND     h_15_1    2.2529738755815378
 UP BOUND     h_15_2    2.2529738755815378
 UP BOUND     h_16_0    1.7010917763355704
 UP BOUND     h_16_1    1.7010917763355704
 UP BOUND     h_16_2    1.7010917763355704
 UP BOUND     h_17_0    1.3973641275053781
 UP BOUND     h_17_1    1.3973641275053781
 UP BOUND     h_17_2    1.3973641275053781
 UP BOUND     h_18_0    1.8716076653060494
 UP BOUND     h_18_1    1.8716076653060494
 UP BOUND     h_18_2    1.8716076653060494
 UP BOUND     h_19_0    1.9668137415659523
 UP BOUND     h_19_1    1.9668137415659523
 UP BOUND     h_19_2    1.9668137415659523
 UP BOUND     h_20_0    1.7385227789967521
 UP BOUND     h_20_1    1.7385227789967521
 UP BOUND     h_20_2    1.7385227789967521
 UP BOUND     h_21_0    2.0861149425388574
 UP BOUND     h_21_1    2.0861149425388574
 UP BOUND     h_21_2    2.0861149425388574
 UP BOUND     h_22_0    2.09768220291779
 UP BOUND     h_22_1    2.09768220291779
 UP BOUND     h_22_2    2.09768220291779
 UP BOUND     h_23_0    1.574876650132258
 UP BOUND     h_23_1    1.574876650132258
 UP BOUND     h_23_2    1.574876650132258
 UP BOUND     h_24_0    1.992165794107539
 UP BOUND     h_24_1    1.992165794107539
 UP BOUND     h_24_2    1.992165794107539
 UP BOUND     h_25_0    1.6220015652435607
 UP BOUND     h_25_1    1.6220015652435607
 UP BOUND     h_25_2    1.6220015652435607
 UP BOUND     h_26_0    2.1105310566896738
 UP BOUND     h_26_1    2.1105310566896738
 UP BOUND     h_26_2    2.1105310566896738
 UP BOUND     h_27_0    1.6238819305777934
 UP BOUND     h_27_1    1.6238819305777934
 UP BOUND     h_27_2    1.6238819305777934
 UP BOUND     h_28_0    2.2634278447839762
 UP BOUND     h_28_1    2.2634278447839762
 UP BOUND     h_28_2    2.2634278447839762
 UP BOUND     h_29_0    1.8764150697424145
 UP BOUND     h_29_1    1.8764150697424145
 UP BOUND     h_29_2    1.8764150697424145
 UP BOUND     h_30_0    1.9176183548773642
 UP BOUND     h_30_1    1.9176183548773642
 UP BOUND     h_30_2    1.9176183548773642
 UP BOUND     h_31_0    2.1432573994318274
 UP BOUND     h_31_1    2.1432573994318274
 UP BOUND     h_31_2    2.1432573994318274
 UP BOUND     h_32_0    1.9802347606032051
 UP BOUND     h_32_1    1.9802347606032051
 UP BOUND     h_32_2    1.9802347606032051
 UP BOUND     h_33_0    1.5979415701801123
 UP BOUND     h_33_1    1.5979415701801123
 UP BOUND     h_33_2    1.5979415701801123
 UP BOUND     h_34_0    2.3910664944951661
 UP BOUND     h_34_1    2.3910664944951661
 UP BOUND     h_34_2    2.3910664944951661
 UP BOUND     h_35_0    1.4097278015323138
 UP BOUND     h_35_1    1.4097278015323138
 UP BOUND     h_35_2    1.4097278015323138
 UP BOUND     h_36_0    1.8019184275618241
 UP BOUND     h_36_1    1.8019184275618241
 UP BOUND     h_36_2    1.8019184275618241
 UP BOUND     h_37_0    1.888827493385429
 UP BOUND     h_37_1    1.888827493385429
 UP BOUND     h_37_2    1.888827493385429
 UP BOUND     h_38_0    1.194208482993514
 UP BOUND     h_38_1    1.194208482993514
 UP BOUND     h_38_2    1.194208482993514
 UP BOUND     h_39_0    1.555463877120306
 UP BOUND     h_39_1    1.555463877120306
 UP BOUND     h_39_2    1.555463877120306
 UP BOUND     h_40_0    2.257981823134223
 UP BOUND     h_40_1    2.257981823134223
 UP BOUND     h_40_2    2.257981823134223
 UP BOUND     h_41_0    2.0835733689678935
 UP BOUND     h_41_1    2.0835733689678935
 UP BOUND     h_41_2    2.0835733689678935
 UP BOUND     h_42_0    2.0367419381693375
 UP BOUND     h_42_1    2.0367419381693375
 UP BOUND     h_42_2    2.0367419381693375
 UP BOUND     h_43_0    2.023693045751771
 UP BOUND     h_43_1    2.023693045751771
 UP BOUND     h_43_2    2.023693045751771
 UP BOUND     h_44_0    2.1742791367838179
 UP BOUND     h_44_1    2.1742791367838179
 UP BOUND     h_44_2    2.1742791367838179
 UP BOUND     h_45_0    1.6813027194317556
 UP BOUND     h_45_1    1.6813027194317556
 UP BOUND     h_45_2    1.6813027194317556
 UP BOUND     h_46_0    1.9278756476743391
 UP BOUND     h_46_1    1.9278756476743391
 UP BOUND     h_46_2    1.9278756476743391
 UP BOUND     h_47_0    1.7588695751870311
 UP BOUND     h_47_1    1.7588695751870311
 UP BOUND     h_47_2    1.7588695751870311
 UP BOUND     h_48_0    1.9720727916360046
 UP BOUND     h_48_1    1.9720727916360046
 UP BOUND     h_48_2    1.9720727916360046
 UP BOUND     h_49_0    1.8055436240749969
 UP BOUND     h_49_1    1.8055436240749969
 UP BOUND     h_49_2    1.8055436240749969
 UP BOUND     h_50_0    1.4028942534961688
 UP BOUND     h_50_1    1.4028942534961688
 UP BOUND     h_50_2    1.4028942534961688
 UP BOUND     h_51_0    2.1762728453748927
 UP BOUND     h_51_1    2.1762728453748927
 UP BOUND     h_51_2    2.1762728453748927
 UP BOUND     h_52_0    2.1191903000265717
 UP BOUND     h_52_1    2.1191903000265717
 UP BOUND     h_52_2    2.1191903000265717
 UP BOUND     h_53_0    2.2119239511389401
 UP BOUND     h_53_1    2.2119239511389401
 UP BOUND     h_53_2    2.2119239511389401
 UP BOUND     h_54_0    2.0439503349411279
 UP BOUND     h_54_1    2.0439503349411279
 UP BOUND     h_54_2    2.0439503349411279
 UP BOUND     h_55_0    2.2412588246077623
 UP BOUND     h_55_1    2.2412588246077623
 UP BOUND     h_55_2    2.2412588246077623
 UP BOUND     h_56_0    1.7747542035474482
 UP BOUND     h_56_1    1.7747542035474482
 UP BOUND     h_56_2    1.7747542035474482
 UP BOUND     h_57_0    1.7700340073651817
 UP BOUND     h_57_1    1.7700340073651817
 UP BOUND     h_57_2    1.7700340073651817
 UP BOUND     h_58_0    1.3510808080190653
 UP BOUND     h_58_1    1.3510808080190653
 UP BOUND     h_58_2    1.3510808080190653
 UP BOUND     h_59_0    2.0347658252880745
 UP BOUND     h_59_1    2.0347658252880745
 UP BOUND     h_59_2    2.0347658252880745
 BV BOUND     z_0_0   
 BV BOUND     z_0_1   
 BV BOUND     z_0_2   
 BV BOUND     z_1_0   
 BV BOUND     z_1_1   
 BV BOUND     z_1_2   
 BV BOUND     z_2_0   
 BV BOUND     z_2_1   
 BV BOUND     z_2_2   
 BV BOUND     z_3_0   
 BV BOUND     z_3_1   
 BV BOUND     z_3_2   
 BV BOUND     z_4_0   
 BV BOUND     z_4_1   
 BV BOUND     z_4_2   
 BV BOUND     z_5_0   
 BV BOUND     z_5_1   
 BV BOUND     z_5_2   
 BV BOUND     z_6_0   
 BV BOUND     z_6_1   
 BV BOUND     z_6_2   
 BV BOUND     z_7_0   
 BV BOUND     z_7_1   
 BV BOUND     z_7_2   
 BV BOUND     z_8_0   
 BV BOUND     z_8_1   
 BV BOUND     z_8_2   
 BV BOUND     z_9_0   
 BV BOUND     z_9_1   
 BV BOUND     z_9_2   
 BV BOUND     z_10_0  
 BV BOUND     z_10_1  
 BV BOUND     z_10_2  
 BV BOUND     z_11_0  
 BV BOUND     z_11_1  
 BV BOUND     z_11_2  
 BV BOUND     z_12_0  
 BV BOUND     z_12_1  
 BV BOUND     z_12_2  
 BV BOUND     z_13_0  
 BV BOUND     z_13_1  
 BV BOUND     z_13_2  
 BV BOUND     z_14_0  
 BV BOUND     z_14_1  
 BV BOUND     z_14_2  
 BV BOUND     z_15_0  
 BV BOUND     z_15_1  
 BV BOUND     z_15_2  
 BV BOUND     z_16_0  
 BV BOUND     z_16_1  
 BV BOUND     z_16_2  
 BV BOUND     z_17_0  
 BV BOUND     z_17_1  
 BV BOUND     z_17_2  
 BV BOUND     z_18_0  
 BV BOUND     z_18_1  
 BV BOUND     z_18_2  
 BV BOUND     z_19_0  
 BV BOUND     z_19_1  
 BV BOUND     z_19_2  
 BV BOUND     z_20_0  
 BV BOUND     z_20_1  
 BV BOUND     z_20_2  
 BV BOUND     z_21_0  
 BV BOUND     z_21_1  
 BV BOUND     z_21_2  
 BV BOUND     z_22_0  
 BV BOUND     z_22_1  
 BV BOUND     z_22_2  
 BV BOUND     z_23_0  
 BV BOUND     z_23_1  
 BV BOUND     z_23_2  
 BV BOUND     z_24_0  
 BV BOUND     z_24_1  
 BV BOUND     z_24_2  
 BV BOUND     z_25_0  
 BV BOUND     z_25_1  
 BV BOUND     z_25_2  
 BV BOUND     z_26_0  
 BV BOUND     z_26_1  
 BV BOUND     z_26_2  
 BV BOUND     z_27_0  
 BV BOUND     z_27_1  
 BV BOUND     z_27_2  
 BV BOUND     z_28_0  
 BV BOUND     z_28_1  
 BV BOUND     z_28_2  
 BV BOUND     z_29_0  
 BV BOUND     z_29_1  
 BV BOUND     z_29_2  
 BV BOUND     z_30_0  
 BV BOUND     z_30_1  
 BV BOUND     z_30_2  
 BV BOUND     z_31_0  
 BV BOUND     z_31_1  
 BV BOUND     z_31_2  
 BV BOUND     z_32_0  
 BV BOUND     z_32_1  
 BV BOUND     z_32_2  
 BV BOUND     z_33_0  
 BV BOUND     z_33_1  
 BV BOUND     z_33_2  
 BV BOUND     z_34_0  
 BV BOUND     z_34_1  
 BV BOUND     z_34_2  
 BV BOUND     z_35_0  
 BV BOUND     z_35_1  
 BV BOUND     z_35_2  
 BV BOUND     z_36_0  
 BV BOUND     z_36_1  
 BV BOUND     z_36_2  
 BV BOUND     z_37_0  
 BV BOUND     z_37_1  
 BV BOUND     z_37_2  
 BV BOUND     z_38_0  
 BV BOUND     z_38_1  
 BV BOUND     z_38_2  
 BV BOUND     z_39_0  
 BV BOUND     z_39_1  
 BV BOUND     z_39_2  
 BV BOUND     z_40_0  
 BV BOUND     z_40_1  
 BV BOUND     z_40_2  
 BV BOUND     z_41_0  
 BV BOUND     z_41_1  
 BV BOUND     z_41_2  
 BV BOUND     z_42_0  
 BV BOUND     z_42_1  
 BV BOUND     z_42_2  
 BV BOUND     z_43_0  
 BV BOUND     z_43_1  
 BV BOUND     z_43_2  
 BV BOUND     z_44_0  
 BV BOUND     z_44_1  
 BV BOUND     z_44_2  
 BV BOUND     z_45_0  
 BV BOUND     z_45_1  
 BV BOUND     z_45_2  
 BV BOUND     z_46_0  
 BV BOUND     z_46_1  
 BV BOUND     z_46_2  
 BV BOUND     z_47_0  
 BV BOUND     z_47_1  
 BV BOUND     z_47_2  
 BV BOUND     z_48_0  
 BV BOUND     z_48_1  
 BV BOUND     z_48_2  
 BV BOUND     z_49_0  
 BV BOUND     z_49_1  
 BV BOUND     z_49_2  
 BV BOUND     z_50_0  
 BV BOUND     z_50_1  
 BV BOUND     z_50_2  
 BV BOUND     z_51_0  
 BV BOUND     z_51_1  
 BV BOUND     z_51_2  
 BV BOUND     z_52_0  
 BV BOUND     z_52_1  
 BV BOUND     z_52_2  
 BV BOUND     z_53_0  
 BV BOUND     z_53_1  
 BV BOUND     z_53_2  
 BV BOUND     z_54_0  
 BV BOUND     z_54_1  
 BV BOUND     z_54_2  
 BV BOUND     z_55_0  
 BV BOUND     z_55_1  
 BV BOUND     z_55_2  
 BV BOUND     z_56_0  
 BV BOUND     z_56_1  
 BV BOUND     z_56_2  
 BV BOUND     z_57_0  
 BV BOUND     z_57_1  
 BV BOUND     z_57_2  
 BV BOUND     z_58_0  
 BV BOUND     z_58_1  
 BV BOUND     z_58_2  
 BV BOUND     z_59_0  
 BV BOUND     z_59_1  
 BV BOUND     z_59_2  
 BV BOUND     sgn_0   
 BV BOUND     sgn_1   
 BV BOUND     sgn_2   
 UP BOUND     g_0_0     1.8821467146771713
 UP BOUND     g_0_1     1.8821467146771713
 UP BOUND     g_0_2     1.8821467146771713
 UP BOUND     g_1_0     2.3812321495158311
 UP BOUND     g_1_1     2.3812321495158311
 UP BOUND     g_1_2     2.3812321495158311
 UP BOUND     g_2_0     2.1522157273290121
 UP BOUND     g_2_1     2.1522157273290121
 UP BOUND     g_2_2     2.1522157273290121
 UP BOUND     g_3_0     1.9987684099375946
 UP BOUND     g_3_1     1.9987684099375946
 UP BOUND     g_3_2     1.9987684099375946
 UP BOUND     g_4_0     1.3527408596341131
 UP BOUND     g_4_1     1.3527408596341131
 UP BOUND     g_4_2     1.3527408596341131
 UP BOUND     g_5_0     2.2295063908150023
 UP BOUND     g_5_1     2.2295063908150023
 UP BOUND     g_5_2     2.2295063908150023
 UP BOUND     g_6_0     2.0837433096139337
 UP BOUND     g_6_1     2.0837433096139337
 UP BOUND     g_6_2     2.0837433096139337
 UP BOUND     g_7_0     1.4916506237079892
 UP BOUND     g_7_1     1.4916506237079892
 UP BOUND     g_7_2     1.4916506237079892
 UP BOUND     g_8_0     1.6983962829806627
 UP BOUND     g_8_1     1.6983962829806627
 UP BOUND     g_8_2     1.6983962829806627
 UP BOUND     g_9_0     1.2708000941592781
 UP BOUND     g_9_1     1.2708000941592781
 UP BOUND     g_9_2     1.2708000941592781
 UP BOUND     g_10_0    2.2069315133766585
 UP BOUND     g_10_1    2.2069315133766585
 UP BOUND     g_10_2    2.2069315133766585
 UP BOUND     g_11_0    2.1091896904175869
 UP BOUND     g_11_1    2.1091896904175869
 UP BOUND     g_11_2    2.1091896904175869
 UP BOUND     g_12_0    2.2103627488322433
 UP BOUND     g_12_1    2.2103627488322433
 UP BOUND     g_12_2    2.2103627488322433
 UP BOUND     g_13_0    2.0600916625385137
 UP BOUND     g_13_1    2.0600916625385137
 UP BOUND     g_13_2    2.0600916625385137
 UP BOUND     g_14_0    1.7209793042710091
 UP BOUND     g_14_1    1.7209793042710091
 UP BOUND     g_14_2    1.7209793042710091
 UP BOUND     g_15_0    2.2529738755815378
 UP BOUND     g_15_1    2.2529738755815378
 UP BOUND     g_15_2    2.2529738755815378
 UP BOUND     g_16_0    1.7010917763355704
 UP BOUND     g_16_1    1.7010917763355704
 UP BOUND     g_16_2    1.7010917763355704
 UP BOUND     g_17_0    1.3973641275053781
 UP BOUND     g_17_1    1.3973641275053781
 UP BOUND     g_17_2    1.3973641275053781
 UP BOUND     g_18_0    1.8716076653060494
 UP BOUND     g_18_1    1.8716076653060494
 UP BOUND     g_18_2    1.8716076653060494
 UP BOUND     g_19_0    1.9668137415659523
 UP BOUND     g_19_1    1.9668137415659523
 UP BOUND     g_19_2    1.9668137415659523
 UP BOUND     g_20_0    1.7385227789967521
 UP BOUND     g_20_1    1.7385227789967521
 UP BOUND     g_20_2    1.7385227789967521
 UP BOUND     g_21_0    2.0861149425388574
 UP BOUND     g_21_1    2.0861149425388574
 UP BOUND     g_21_2    2.0861149425388574
 UP BOUND     g_22_0    2.09768220291779
 UP BOUND     g_22_1    2.09768220291779
 UP BOUND     g_22_2    2.09768220291779
 UP BOUND     g_23_0    1.574876650132258
 UP BOUND     g_23_1    1.574876650132258
 UP BOUND     g_23_2    1.574876650132258
 UP BOUND     g_24_0    1.992165794107539
 UP BOUND     g_24_1    1.992165794107539
 UP BOUND     g_24_2    1.992165794107539
 UP BOUND     g_25_0    1.6220015652435607
 UP BOUND     g_25_1    1.6220015652435607
 UP BOUND     g_25_2    1.6220015652435607
 UP BOUND     g_26_0    2.1105310566896738
 UP BOUND     g_26_1    2.1105310566896738
 UP BOUND     g_26_2    2.1105310566896738
 UP BOUND     g_27_0    1.6238819305777934
 UP BOUND     g_27_1    1.6238819305777934
 UP BOUND     g_27_2    1.6238819305777934
 UP BOUND     g_28_0    2.2634278447839762
 UP BOUND     g_28_1    2.2634278447839762
 UP BOUND     g_28_2    2.2634278447839762
 UP BOUND     g_29_0    1.8764150697424145
 UP BOUND     g_29_1    1.8764150697424145
 UP BOUND     g_29_2    1.8764150697424145
 UP BOUND     g_30_0    1.9176183548773642
 UP BOUND     g_30_1    1.9176183548773642
 UP BOUND     g_30_2    1.9176183548773642
 UP BOUND     g_31_0    2.1432573994318274
 UP BOUND     g_31_1    2.1432573994318274
 UP BOUND     g_31_2    2.1432573994318274
 UP BOUND     g_32_0    1.9802347606032051
 UP BOUND     g_32_1    1.9802347606032051
 UP BOUND     g_32_2    1.9802347606032051
 UP BOUND     g_33_0    1.5979415701801123
 UP BOUND     g_33_1    1.5979415701801123
 UP BOUND     g_33_2    1.5979415701801123
 UP BOUND     g_34_0    2.3910664944951661
 UP BOUND     g_34_1    2.3910664944951661
 UP BOUND     g_34_2    2.3910664944951661
 UP BOUND     g_35_0    1.4097278015323138
 UP BOUND     g_35_1    1.4097278015323138
 UP BOUND     g_35_2    1.4097278015323138
 UP BOUND     g_36_0    1.8019184275618241
 UP BOUND     g_36_1    1.8019184275618241
 UP BOUND     g_36_2    1.8019184275618241
 UP BOUND     g_37_0    1.888827493385429
 UP BOUND     g_37_1    1.888827493385429
 UP BOUND     g_37_2    1.888827493385429
 UP BOUND     g_38_0    1.194208482993514
 UP BOUND     g_38_1    1.194208482993514
 UP BOUND     g_38_2    1.194208482993514
 UP BOUND     g_39_0    1.555463877120306
 UP BOUND     g_39_1    1.555463877120306
 UP BOUND     g_39_2    1.555463877120306
 UP BOUND     g_40_0    2.257981823134223
 UP BOUND     g_40_1    2.257981823134223
 UP BOUND     g_40_2    2.257981823134223
 UP BOUND     g_41_0    2.0835733689678935
 UP BOUND     g_41_1    2.0835733689678935
 UP BOUND     g_41_2    2.0835733689678935
 UP BOUND     g_42_0    2.0367419381693375
 UP BOUND     g_42_1    2.0367419381693375
 UP BOUND     g_42_2    2.0367419381693375
 UP BOUND     g_43_0    2.023693045751771
 UP BOUND     g_43_1    2.023693045751771
 UP BOUND     g_43_2    2.023693045751771
 UP BOUND     g_44_0    2.1742791367838179
 UP BOUND     g_44_1    2.1742791367838179
 UP BOUND     g_44_2    2.1742791367838179
 UP BOUND     g_45_0    1.6813027194317556
 UP BOUND     g_45_1    1.6813027194317556
 UP BOUND     g_45_2    1.6813027194317556
 UP BOUND     g_46_0    1.9278756476743391
 UP BOUND     g_46_1    1.9278756476743391
 UP BOUND     g_46_2    1.9278756476743391
 UP BOUND     g_47_0    1.7588695751870311
 UP BOUND     g_47_1    1.7588695751870311
 UP BOUND     g_47_2    1.7588695751870311
 UP BOUND     g_48_0    1.9720727916360046
 UP BOUND     g_48_1    1.9720727916360046
 UP BOUND     g_48_2    1.9720727916360046
 UP BOUND     g_49_0    1.8055436240749969
 UP BOUND     g_49_1    1.8055436240749969
 UP BOUND     g_49_2    1.8055436240749969
 UP BOUND     g_50_0    1.4028942534961688
 UP BOUND     g_50_1    1.4028942534961688
 UP BOUND     g_50_2    1.4028942534961688
 UP BOUND     g_51_0    2.1762728453748927
 UP BOUND     g_51_1    2.1762728453748927
 UP BOUND     g_51_2    2.1762728453748927
 UP BOUND     g_52_0    2.1191903000265717
 UP BOUND     g_52_1    2.1191903000265717
 UP BOUND     g_52_2    2.1191903000265717
 UP BOUND     g_53_0    2.2119239511389401
 UP BOUND     g_53_1    2.2119239511389401
 UP BOUND     g_53_2    2.2119239511389401
 UP BOUND     g_54_0    2.0439503349411279
 UP BOUND     g_54_1    2.0439503349411279
 UP BOUND     g_54_2    2.0439503349411279
 UP BOUND     g_55_0    2.2412588246077623
 UP BOUND     g_55_1    2.2412588246077623
 UP BOUND     g_55_2    2.2412588246077623
 UP BOUND     g_56_0    1.7747542035474482
 UP BOUND     g_56_1    1.7747542035474482
 UP BOUND     g_56_2    1.7747542035474482
 UP BOUND     g_57_0    1.7700340073651817
 UP BOUND     g_57_1    1.7700340073651817
 UP BOUND     g_57_2    1.7700340073651817
 UP BOUND     g_58_0    1.3510808080190653
 UP BOUND     g_58_1    1.3510808080190653
 UP BOUND     g_58_2    1.3510808080190653
 UP BOUND     g_59_0    2.0347658252880745
 UP BOUND     g_59_1    2.0347658252880745
 UP BOUND     g_59_2    2.0347658252880745
ENDATA
