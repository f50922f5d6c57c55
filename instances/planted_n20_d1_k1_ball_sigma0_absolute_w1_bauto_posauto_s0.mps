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
COLUMNS
    W_0_0     relu_ge_pre_0  -0.64718951157425009
    W_0_0     relu_ge_pre_1  0.61538511148125385
    W_0_0     relu_ge_pre_2  -0.38367755426188344
    W_0_0     relu_ge_pre_3  -0.99720993578921102
    W_0_0     relu_ge_pre_4  -0.98083533877623008
    W_0_0     relu_ge_pre_5  0.6855419844806947
    W_0_0     relu_ge_pre_6  0.6504592762678163
    W_0_0     relu_ge_pre_7  0.68844673057094008
    W_0_0     relu_ge_pre_8  -0.38892142397910379
    W_0_0     relu_ge_pre_9  0.13509650502241122
    W_0_0     relu_ge_pre_10  0.7214883401940817
    W_0_0     relu_ge_pre_11  0.52535432247572589
    W_0_0     relu_ge_pre_12  0.31024187555895566
    W_0_0     relu_ge_pre_13  0.48583535883178908
    W_0_0     relu_ge_pre_14  0.88948783434900025
    W_0_0     relu_ge_pre_15  -0.93404351595624968
    W_0_0     relu_ge_pre_16  -0.35779519670907023
    W_0_0     relu_ge_pre_17  0.57152983072976093
    W_0_0     relu_ge_pre_18  -0.32186939107594215
    W_0_0     relu_ge_pre_19  0.59430003019969679
    W_0_0     relu_le_pre_0  -0.64718951157425009
    W_0_0     relu_le_pre_1  0.61538511148125385
    W_0_0     relu_le_pre_2  -0.38367755426188344
    W_0_0     relu_le_pre_3  -0.99720993578921102
    W_0_0     relu_le_pre_4  -0.98083533877623008
    W_0_0     relu_le_pre_5  0.6855419844806947
    W_0_0     relu_le_pre_6  0.6504592762678163
    W_0_0     relu_le_pre_7  0.68844673057094008
    W_0_0     relu_le_pre_8  -0.38892142397910379
    W_0_0     relu_le_pre_9  0.13509650502241122
    W_0_0     relu_le_pre_10  0.7214883401940817
    W_0_0     relu_le_pre_11  0.52535432247572589
    W_0_0     relu_le_pre_12  0.31024187555895566
    W_0_0     relu_le_pre_13  0.48583535883178908
    W_0_0     relu_le_pre_14  0.88948783434900025
    W_0_0     relu_le_pre_15  -0.93404351595624968
    W_0_0     relu_le_pre_16  -0.35779519670907023
    W_0_0     relu_le_pre_17  0.57152983072976093
    W_0_0     relu_le_pre_18  -0.32186939107594215
    W_0_0     relu_le_pre_19  0.59430003019969679
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
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  1.6471895115742501
    z_0_0     relu_le_onoff_0  -1.6471895115742501
    z_1_0     relu_le_pre_1  1.6153851114812539
    z_1_0     relu_le_onoff_1  -1.6153851114812539
    z_2_0     relu_le_pre_2  1.3836775542618835
    z_2_0     relu_le_onoff_2  -1.3836775542618835
    z_3_0     relu_le_pre_3  1.997209935789211
    z_3_0     relu_le_onoff_3  -1.997209935789211
    z_4_0     relu_le_pre_4  1.9808353387762301
    z_4_0     relu_le_onoff_4  -1.9808353387762301
    z_5_0     relu_le_pre_5  1.6855419844806947
    z_5_0     relu_le_onoff_5  -1.6855419844806947
    z_6_0     relu_le_pre_6  1.6504592762678163
    z_6_0     relu_le_onoff_6  -1.6504592762678163
    z_7_0     relu_le_pre_7  1.6884467305709401
    z_7_0     relu_le_onoff_7  -1.6884467305709401
    z_8_0     relu_le_pre_8  1.3889214239791037
    z_8_0     relu_le_onoff_8  -1.3889214239791037
    z_9_0     relu_le_pre_9  1.1350965050224113
    z_9_0     relu_le_onoff_9  -1.1350965050224113
    z_10_0    relu_le_pre_10  1.7214883401940817
    z_10_0    relu_le_onoff_10  -1.7214883401940817
    z_11_0    relu_le_pre_11  1.5253543224757258
    z_11_0    relu_le_onoff_11  -1.5253543224757258
    z_12_0    relu_le_pre_12  1.3102418755589555
    z_12_0    relu_le_onoff_12  -1.3102418755589555
    z_13_0    relu_le_pre_13  1.485835358831789
    z_13_0    relu_le_onoff_13  -1.485835358831789
    z_14_0    relu_le_pre_14  1.8894878343490003
    z_14_0    relu_le_onoff_14  -1.8894878343490003
    z_15_0    relu_le_pre_15  1.9340435159562497
    z_15_0    relu_le_onoff_15  -1.9340435159562497
    z_16_0    relu_le_pre_16  1.3577951967090702
    z_16_0    relu_le_onoff_16  -1.3577951967090702
    z_17_0    relu_le_pre_17  1.5715298307297609
    z_17_0    relu_le_onoff_17  -1.5715298307297609
    z_18_0    relu_le_pre_18  1.3218693910759423
    z_18_0    relu_le_onoff_18  -1.3218693910759423
    z_19_0    relu_le_pre_19  1.5943000301996968
    z_19_0    relu_le_onoff_19  -1.5943000301996968
    sgn_0     prod_le_sign_0  -1.6471895115742501
    sgn_0     prod_le_sign_1  -1.6153851114812539
    sgn_0     prod_le_sign_2  -1.3836775542618835
    sgn_0     prod_le_sign_3  -1.997209935789211
    sgn_0     prod_le_sign_4  -1.9808353387762301
    sgn_0     prod_le_sign_5  -1.6855419844806947
    sgn_0     prod_le_sign_6  -1.6504592762678163
    sgn_0     prod_le_sign_7  -1.6884467305709401
    sgn_0     prod_le_sign_8  -1.3889214239791037
    sgn_0     prod_le_sign_9  -1.1350965050224113
    sgn_0     prod_le_sign_10  -1.7214883401940817
    sgn_0     prod_le_sign_11  -1.5253543224757258
    sgn_0     prod_le_sign_12  -1.3102418755589555
    sgn_0     prod_le_sign_13  -1.485835358831789
    sgn_0     prod_le_sign_14  -1.8894878343490003
    sgn_0     prod_le_sign_15  -1.9340435159562497
    sgn_0     prod_le_sign_16  -1.3577951967090702
    sgn_0     prod_le_sign_17  -1.5715298307297609
    sgn_0     prod_le_sign_18  -1.3218693910759423
    sgn_0     prod_le_sign_19  -1.5943000301996968
    sgn_0     prod_ge_0  -1.6471895115742501
    sgn_0     prod_ge_1  -1.6153851114812539
    sgn_0     prod_ge_2  -1.3836775542618835
    sgn_0     prod_ge_3  -1.997209935789211
    sgn_0     prod_ge_4  -1.9808353387762301
    sgn_0     prod_ge_5  -1.6855419844806947
    sgn_0     prod_ge_6  -1.6504592762678163
    sgn_0     prod_ge_7  -1.6884467305709401
    sgn_0     prod_ge_8  -1.3889214239791037
    sgn_0     prod_ge_9  -1.1350965050224113
    sgn_0     prod_ge_10  -1.7214883401940817
    sgn_0     prod_ge_11  -1.5253543224757258
    sgn_0     prod_ge_12  -1.3102418755589555
    sgn_0     prod_ge_13  -1.485835358831789
    sgn_0     prod_ge_14  -1.8894878343490003
    sgn_0     prod_ge_15  -1.9340435159562497
    sgn_0     prod_ge_16  -1.3577951967090702
    sgn_0     prod_ge_17  -1.5715298307297609
    sgn_0     prod_ge_18  -1.3218693910759423
    sgn_0     prod_ge_19  -1.5943000301996968
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
RHS
    RHS_V     relu_le_pre_0  1.6471895115742501
    RHS_V     relu_le_pre_1  1.6153851114812539
    RHS_V     relu_le_pre_2  1.3836775542618835
    RHS_V     relu_le_pre_3  1.997209935789211
    RHS_V     relu_le_pre_4  1.9808353387762301
    RHS_V     relu_le_pre_5  1.6855419844806947
    RHS_V     relu_le_pre_6  1.6504592762678163
    RHS_V     relu_le_pre_7  1.6884467305709401
    RHS_V     relu_le_pre_8  1.3889214239791037
    RHS_V     relu_le_pre_9  1.1350965050224113
    RHS_V     relu_le_pre_10  1.7214883401940817
    RHS_V     relu_le_pre_11  1.5253543224757258
    RHS_V     relu_le_pre_12  1.3102418755589555
    RHS_V     relu_le_pre_13  1.485835358831789
    RHS_V     relu_le_pre_14  1.8894878343490003
    RHS_V     relu_le_pre_15  1.9340435159562497
    RHS_V     relu_le_pre_16  1.3577951967090702
    RHS_V     relu_le_pre_17  1.5715298307297609
    RHS_V     relu_le_pre_18  1.3218693910759423
    RHS_V     relu_le_pre_19  1.5943000301996968
    RHS_V     prod_ge_0  -1.6471895115742501
    RHS_V     prod_ge_1  -1.6153851114812539
    RHS_V     prod_ge_2  -1.3836775542618835
    RHS_V     prod_ge_3  -1.997209935789211
    RHS_V     prod_ge_4  -1.9808353387762301
    RHS_V     prod_ge_5  -1.6855419844806947
    RHS_V     prod_ge_6  -1.6504592762678163
    RHS_V     prod_ge_7  -1.6884467305709401
    RHS_V     prod_ge_8  -1.3889214239791037
    RHS_V     prod_ge_9  -1.1350965050224113
    RHS_V     prod_ge_10  -1.7214883401940817
    RHS_V     prod_ge_11  -1.5253543224757258
    RHS_V     prod_ge_12  -1.3102418755589555
    RHS_V     prod_ge_13  -1.485835358831789
    RHS_V     prod_ge_14  -1.8894878343490003
    RHS_V     prod_ge_15  -1.9340435159562497
    RHS_V     prod_ge_16  -1.3577951967090702
    RHS_V     prod_ge_17  -1.5715298307297609
    RHS_V     prod_ge_18  -1.3218693910759423
    RHS_V     prod_ge_19  -1.5943000301996968
BOUNDS
 LO BOUND     W_0_0     -1
 UP BOUND     W_0_0     1
 LO BOUND     b_0       -1
 UP BOUND     b_0       1
 UP BOUND     h_0_0     1.6471895115742501
 UP BOUND     h_1_0     1.6153851114812539
 UP BOUND     h_2_0     1.3836775542618835
 UP BOUND     h_3_0     1.997209935789211
 UP BOUND     h_4_0     1.9808353387762301
 UP BOUND     h_5_0     1.6855419844806947
 UP BOUND     h_6_0     1.6504592762678163
 UP BOUND     h_7_0     1.6884467305709401
 UP BOUND     h_8_0     1.3889214239791037
 UP BOUND     h_9_0     1.1350965050224113
 UP BOUND     h_10_0    1.7214883401940817
 UP BOUND     h_11_0    1.5253543224757258
 UP BOUND     h_12_0    1.3102418755589555
 UP BOUND     h_13_0    1.485835358831789
 UP BOUND     h_14_0    1.8894878343490003
 UP BOUND     h_15_0    1.9340435159562497
 UP BOUND     h_16_0    1.3577951967090702
 UP BOUND     h_17_0    1.5715298307297609
 UP BOUND     h_18_0    1.3218693910759423
 UP BOUND     h_19_0    1.5943000301996968
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
 BV BOUND     sgn_0   
 UP BOUND     g_0_0     1.6471895115742501
 UP BOUND     g_1_0     1.6153851114812539
 UP BOUND     g_2_0     1.3836775542618835
 UP BOUND     g_3_0     1.997209935789211
 UP BOUND     g_4_0     1.9808353387762301
 UP BOUND     g_5_0     1.6855419844806947
 UP BOUND     g_6_0     1.6504592762678163
 UP BOUND     g_7_0     1.6884467305709401
 UP BOUND     g_8_0     1.3889214239791037
 UP BOUND     g_9_0     1.1350965050224113
 UP BOUND     g_10_0    1.7214883401940817
 UP BOUND     g_11_0    1.5253543224757258
 UP BOUND     g_12_0    1.3102418755589555
 UP BOUND     g_13_0    1.485835358831789
 UP BOUND     g_14_0    1.8894878343490003
 UP BOUND     g_15_0    1.9340435159562497
 UP BOUND     g_16_0    1.3577951967090702
 UP BOUND     g_17_0    1.5715298307297609
 UP BOUND     g_18_0    1.3218693910759423
 UP BOUND     g_19_0    1.5943000301996968
ENDATA
