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
 G  symmetry_sign_0
 G  symmetry_bias_0
COLUMNS
    W_0_0     relu_ge_pre_0  -1
    W_0_0     relu_ge_pre_12  -0.33333333333333331
    W_0_0     relu_ge_pre_14  -0.33333333333333331
    W_0_0     relu_ge_pre_16  -0.33333333333333331
    W_0_0     relu_le_pre_0  -1
    W_0_0     relu_le_pre_12  -0.33333333333333331
    W_0_0     relu_le_pre_14  -0.33333333333333331
    W_0_0     relu_le_pre_16  -0.33333333333333331
    W_0_1     relu_ge_pre_2  -1
    W_0_1     relu_ge_pre_12  -0.33333333333333331
    W_0_1     relu_ge_pre_14  -0.33333333333333331
    W_0_1     relu_ge_pre_18  -0.33333333333333331
    W_0_1     relu_ge_pre_20  -0.33333333333333331
    W_0_1     relu_ge_pre_22  -0.33333333333333331
    W_0_1     relu_le_pre_2  -1
    W_0_1     relu_le_pre_12  -0.33333333333333331
    W_0_1     relu_le_pre_14  -0.33333333333333331
    W_0_1     relu_le_pre_18  -0.33333333333333331
    W_0_1     relu_le_pre_20  -0.33333333333333331
    W_0_1     relu_le_pre_22  -0.33333333333333331
    W_0_2     relu_ge_pre_4  -1
    W_0_2     relu_ge_pre_12  -0.33333333333333331
    W_0_2     relu_ge_pre_18  -0.33333333333333331
    W_0_2     relu_ge_pre_20  -0.33333333333333331
    W_0_2     relu_ge_pre_24  -0.33333333333333331
    W_0_2     relu_le_pre_4  -1
    W_0_2     relu_le_pre_12  -0.33333333333333331
    W_0_2     relu_le_pre_18  -0.33333333333333331
    W_0_2     relu_le_pre_20  -0.33333333333333331
    W_0_2     relu_le_pre_24  -0.33333333333333331
    W_0_3     relu_ge_pre_6  -1
    W_0_3     relu_ge_pre_18  -0.33333333333333331
    W_0_3     relu_ge_pre_26  -0.33333333333333331
    W_0_3     relu_le_pre_6  -1
    W_0_3     relu_le_pre_18  -0.33333333333333331
    W_0_3     relu_le_pre_26  -0.33333333333333331
    W_0_4     relu_ge_pre_8  -1
    W_0_4     relu_ge_pre_14  -0.33333333333333331
    W_0_4     relu_ge_pre_16  -0.33333333333333331
    W_0_4     relu_ge_pre_22  -0.33333333333333331
    W_0_4     relu_ge_pre_24  -0.33333333333333331
    W_0_4     relu_ge_pre_26  -0.33333333333333331
    W_0_4     relu_le_pre_8  -1
    W_0_4     relu_le_pre_14  -0.33333333333333331
    W_0_4     relu_le_pre_16  -0.33333333333333331
    W_0_4     relu_le_pre_22  -0.33333333333333331
    W_0_4     relu_le_pre_24  -0.33333333333333331
    W_0_4     relu_le_pre_26  -0.33333333333333331
    W_0_5     relu_ge_pre_10  -1
    W_0_5     relu_ge_pre_16  -0.33333333333333331
    W_0_5     relu_ge_pre_20  -0.33333333333333331
    W_0_5     relu_ge_pre_22  -0.33333333333333331
    W_0_5     relu_ge_pre_24  -0.33333333333333331
    W_0_5     relu_ge_pre_26  -0.33333333333333331
    W_0_5     relu_le_pre_10  -1
    W_0_5     relu_le_pre_16  -0.33333333333333331
    W_0_5     relu_le_pre_20  -0.33333333333333331
    W_0_5     relu_le_pre_22  -0.33333333333333331
    W_0_5     relu_le_pre_24  -0.33333333333333331
    W_0_5     relu_le_pre_26  -0.33333333333333331
    W_1_0     relu_ge_pre_1  -1
    W_1_0     relu_ge_pre_13  -0.33333333333333331
    W_1_0     relu_ge_pre_15  -0.33333333333333331
    W_1_0     relu_ge_pre_17  -0.33333333333333331
    W_1_0     relu_le_pre_1  -1
    W_1_0     relu_le_pre_13  -0.33333333333333331
    W_1_0     relu_le_pre_15  -0.33333333333333331
    W_1_0     relu_le_pre_17  -0.33333333333333331
    W_1_1     relu_ge_pre_3  -1
    W_1_1     relu_ge_pre_13  -0.33333333333333331
    W_1_1     relu_ge_pre_15  -0.33333333333333331
    W_1_1     relu_ge_pre_19  -0.33333333333333331
    W_1_1     relu_ge_pre_21  -0.33333333333333331
    W_1_1     relu_ge_pre_23  -0.33333333333333331
    W_1_1     relu_le_pre_3  -1
    W_1_1     relu_le_pre_13  -0.33333333333333331
    W_1_1     relu_le_pre_15  -0.33333333333333331
    W_1_1     relu_le_pre_19  -0.33333333333333331
    W_1_1     relu_le_pre_21  -0.33333333333333331
    W_1_1     relu_le_pre_23  -0.33333333333333331
    W_1_2     relu_ge_pre_5  -1
    W_1_2     relu_ge_pre_13  -0.33333333333333331
    W_1_2     relu_ge_pre_19  -0.33333333333333331
    W_1_2     relu_ge_pre_21  -0.33333333333333331
    W_1_2     relu_ge_pre_25  -0.33333333333333331
    W_1_2     relu_le_pre_5  -1
    W_1_2     relu_le_pre_13  -0.33333333333333331
    W_1_2     relu_le_pre_19  -0.33333333333333331
    W_1_2     relu_le_pre_21  -0.33333333333333331
    W_1_2     relu_le_pre_25  -0.33333333333333331
    W_1_3     relu_ge_pre_7  -1
    W_1_3     relu_ge_pre_19  -0.33333333333333331
    W_1_3     relu_ge_pre_27  -0.33333333333333331
    W_1_3     relu_le_pre_7  -1
    W_1_3     relu_le_pre_19  -0.33333333333333331
    W_1_3     relu_le_pre_27  -0.33333333333333331
    W_1_4     relu_ge_pre_9  -1
    W_1_4     relu_ge_pre_15  -0.33333333333333331
    W_1_4     relu_ge_pre_17  -0.33333333333333331
    W_1_4     relu_ge_pre_23  -0.33333333333333331
    W_1_4     relu_ge_pre_25  -0.33333333333333331
    W_1_4     relu_ge_pre_27  -0.33333333333333331
    W_1_4     relu_le_pre_9  -1
    W_1_4     relu_le_pre_15  -0.33333333333333331
    W_1_4     relu_le_pre_17  -0.33333333333333331
    W_1_4     relu_le_pre_23  -0.33333333333333331
    W_1_4     relu_le_pre_25  -0.33333333333333331
    W_1_4     relu_le_pre_27  -0.33333333333333331
    W_1_5     relu_ge_pre_11  -1
    W_1_5     relu_ge_pre_17  -0.33333333333333331
    W_1_5     relu_ge_pre_21  -0.33333333333333331
    W_1_5     relu_ge_pre_23  -0.33333333333333331
    W_1_5     relu_ge_pre_25  -0.33333333333333331
    W_1_5     relu_ge_pre_27  -0.33333333333333331
    W_1_5     relu_le_pre_11  -1
    W_1_5     relu_le_pre_17  -0.33333333333333331
    W_1_5     relu_le_pre_21  -0.33333333333333331
    W_1_5     relu_le_pre_23  -0.33333333333333331
    W_1_5     relu_le_pre_25  -0.33333333333333331
    W_1_5     relu_le_pre_27  -0.33333333333333331
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
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  4
    z_0_0     relu_le_onoff_0  -4
    z_0_1     relu_le_pre_1  4
    z_0_1     relu_le_onoff_1  -4
    z_1_0     relu_le_pre_2  4
    z_1_0     relu_le_onoff_2  -4
    z_1_1     relu_le_pre_3  4
    z_1_1     relu_le_onoff_3  -4
    z_2_0     relu_le_pre_4  4
    z_2_0     relu_le_onoff_4  -4
    z_2_1     relu_le_pre_5  4
    z_2_1     relu_le_onoff_5  -4
    z_3_0     relu_le_pre_6  4
    z_3_0     relu_le_onoff_6  -4
    z_3_1     relu_le_pre_7  4
    z_3_1     relu_le_onoff_7  -4
    z_4_0     relu_le_pre_8  4
    z_4_0     relu_le_onoff_8  -4
    z_4_1     relu_le_pre_9  4
    z_4_1     relu_le_onoff_9  -4
    z_5_0     relu_le_pre_10  4
    z_5_0     relu_le_onoff_10  -4
    z_5_1     relu_le_pre_11  4
    z_5_1     relu_le_onoff_11  -4
    z_6_0     relu_le_pre_12  4
    z_6_0     relu_le_onoff_12  -4
    z_6_1     relu_le_pre_13  4
    z_6_1     relu_le_onoff_13  -4
    z_7_0     relu_le_pre_14  4
    z_7_0     relu_le_onoff_14  -4
    z_7_1     relu_le_pre_15  4
    z_7_1     relu_le_onoff_15  -4
    z_8_0     relu_le_pre_16  4
    z_8_0     relu_le_onoff_16  -4
    z_8_1     relu_le_pre_17  4
    z_8_1     relu_le_onoff_17  -4
    z_9_0     relu_le_pre_18  4
    z_9_0     relu_le_onoff_18  -4
    z_9_1     relu_le_pre_19  4
    z_9_1     relu_le_onoff_19  -4
    z_10_0    relu_le_pre_20  4
    z_10_0    relu_le_onoff_20  -4
    z_10_1    relu_le_pre_21  4
    z_10_1    relu_le_onoff_21  -4
    z_11_0    relu_le_pre_22  4
    z_11_0    relu_le_onoff_22  -4
    z_11_1    relu_le_pre_23  4
    z_11_1    relu_le_onoff_23  -4
    z_12_0    relu_le_pre_24  4
    z_12_0    relu_le_onoff_24  -4
    z_12_1    relu_le_pre_25  4
    z_12_1    relu_le_onoff_25  -4
    z_13_0    relu_le_pre_26  4
    z_13_0    relu_le_onoff_26  -4
    z_13_1    relu_le_pre_27  4
    z_13_1    relu_le_onoff_27  -4
    sgn_0     prod_le_sign_0  -4
    sgn_0     prod_le_sign_2  -4
    sgn_0     prod_le_sign_4  -4
    sgn_0     prod_le_sign_6  -4
    sgn_0     prod_le_sign_8  -4
    sgn_0     prod_le_sign_10  -4
    sgn_0     prod_le_sign_12  -4
    sgn_0     prod_le_sign_14  -4
    sgn_0     prod_le_sign_16  -4
    sgn_0     prod_le_sign_18  -4
    sgn_0     prod_le_sign_20  -4
    sgn_0     prod_le_sign_22  -4
    sgn_0     prod_le_sign_24  -4
    sgn_0     prod_le_sign_26  -4
    sgn_0     prod_ge_0  -4
    sgn_0     prod_ge_2  -4
    sgn_0     prod_ge_4  -4
    sgn_0     prod_ge_6  -4
    sgn_0     prod_ge_8  -4
    sgn_0     prod_ge_10  -4
    sgn_0     prod_ge_12  -4
    sgn_0     prod_ge_14  -4
    sgn_0     prod_ge_16  -4
    sgn_0     prod_ge_18  -4
    sgn_0     prod_ge_20  -4
    sgn_0     prod_ge_22  -4
    sgn_0     prod_ge_24  -4
    sgn_0     prod_ge_26  -4
    sgn_0     symmetry_sign_0  1
    sgn_0     symmetry_bias_0  4
    sgn_1     prod_le_sign_1  -4
    sgn_1     prod_le_sign_3  -4
    sgn_1     prod_le_sign_5  -4
    sgn_1     prod_le_sign_7  -4
    sgn_1     prod_le_sign_9  -4
    sgn_1     prod_le_sign_11  -4
    sgn_1     prod_le_sign_13  -4
    sgn_1     prod_le_sign_15  -4
    sgn_1     prod_le_sign_17  -4
    sgn_1     prod_le_sign_19  -4
    sgn_1     prod_le_sign_21  -4
    sgn_1     prod_le_sign_23  -4
    sgn_1     prod_le_sign_25  -4
    sgn_1     prod_le_sign_27  -4
    sgn_1     prod_ge_1  -4
    sgn_1     prod_ge_3  -4
    sgn_1     prod_ge_5  -4
    sgn_1     prod_ge_7  -4
    sgn_1     prod_ge_9  -4
    sgn_1     prod_ge_11  -4
    sgn_1     prod_ge_13  -4
    sgn_1     prod_ge_15  -4
    sgn_1     prod_ge_17  -4
    sgn_1     prod_ge_19  -4
    sgn_1     prod_ge_21  -4
    sgn_1     prod_ge_23  -4
    sgn_1     prod_ge_25  -4
    sgn_1     prod_ge_27  -4
    sgn_1     symmetry_sign_0  -1
    sgn_1     symmetry_bias_0  -4
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
RHS
    RHS_V     relu_le_pre_0  4
    RHS_V     relu_le_pre_1  4
    RHS_V     relu_le_pre_2  4
    RHS_V     relu_le_pre_3  4
    RHS_V     relu_le_pre_4  4
    RHS_V     relu_le_pre_5  4
    RHS_V     relu_le_pre_6  4
    RHS_V     relu_le_pre_7  4
    RHS_V     relu_le_pre_8  4
    RHS_V     relu_le_pre_9  4
    RHS_V     relu_le_pre_10  4
    RHS_V     relu_le_pre_11  4
    RHS_V     relu_le_pre_12  4
    RHS_V     relu_le_pre_13  4
    RHS_V     relu_le_pre_14  4
    RHS_V     relu_le_pre_15  4
    RHS_V     relu_le_pre_16  4
    RHS_V     relu_le_pre_17  4
    RHS_V     relu_le_pre_18  4
    RHS_V     relu_le_pre_19  4
    RHS_V     relu_le_pre_20  4
    RHS_V     relu_le_pre_21  4
    RHS_V     relu_le_pre_22  4
    RHS_V     relu_le_pre_23  4
    RHS_V     relu_le_pre_24  4
    RHS_V     relu_le_pre_25  4
    RHS_V     relu_le_pre_26  4
    RHS_V     relu_le_pre_27  4
    RHS_V     prod_ge_0  -4
    RHS_V     prod_ge_1  -4
    RHS_V     prod_ge_2  -4
    RHS_V     prod_ge_3  -4
    RHS_V     prod_ge_4  -4
    RHS_V     prod_ge_5  -4
    RHS_V     prod_ge_6  -4
    RHS_V     prod_ge_7  -4
    RHS_V     prod_ge_8  -4
    RHS_V     prod_ge_9  -4
    RHS_V     prod_ge_10  -4
    RHS_V     prod_ge_11  -4
    RHS_V     prod_ge_12  -4
    RHS_V     prod_ge_13  -4
    RHS_V     prod_ge_14  -4
    RHS_V     prod_ge_15  -4
    RHS_V     prod_ge_16  -4
    RHS_V     prod_ge_17  -4
    RHS_V     prod_ge_18  -4
    RHS_V     prod_ge_19  -4
    RHS_V     prod_ge_20  -4
    RHS_V     prod_ge_21  -4
    RHS_V     prod_ge_22  -4
    RHS_V     prod_ge_23  -4
    RHS_V     prod_ge_24  -4
    RHS_V     prod_ge_25  -4
    RHS_V     prod_ge_26  -4
    RHS_V     prod_ge_27  -4
    RHS_V     residual_0  1
    RHS_V     residual_1  1
    RHS_V     residual_2  1
    RHS_V     residual_3  1
    RHS_V     residual_4  1
    RHS_V     residual_5  1
BOUNDS
 LO BOUND     W_0_0     -2
 UP BOUND     W_0_0     2
 LO BOUND     W_0_1     -2
 UP BOUND     W_0_1     2
 LO BOUND     W_0_2     -2
 UP BOUND     W_0_2     2
 LO BOUND     W_0_3     -2
 UP BOUND     W_0_3     2
 LO BOUND     W_0_4     -2
 UP BOUND     W_0_4     2
 LO BOUND     W_0_5     -2
 UP BOUND     W_0_5     2
 LO BOUND     W_1_0     -2
 UP BOUND     W_1_0     2
 LO BOUND     W_1_1     -2
 UP BOUND     W_1_1     2
 LO BOUND     W_1_2     -2
 UP BOUND     W_1_2     2
 LO BOUND     W_1_3     -2
 UP BOUND     W_1_3     2
 LO BOUND     W_1_4     -2
 UP BOUND     W_1_4     2
 LO BOUND     W_1_5     -2
 UP BOUND     W_1_5     2
 LO BOUND     b_0       -2
 UP BOUND     b_0       2
 LO BOUND     b_1       -2
 UP BOUND     b_1       2
 UP BOUND     h_0_0     4
 UP BOUND     h_0_1     4
 UP BOUND     h_1_0     4
 UP BOUND     h_1_1     4
 UP BOUND     h_2_0     4
 UP BOUND     h_2_1     4
 UP BOUND     h_3_0     4
 UP BOUND     h_3_1     4
 UP BOUND     h_4_0     4
 UP BOUND     h_4_1     4
 UP BOUND     h_5_0     4
 UP BOUND     h_5_1     4
 UP BOUND     h_6_0     4
 UP BOUND     h_6_1     4
 UP BOUND     h_7_0     4
 UP BOUND     h_7_1     4
 UP BOUND     h_8_0     4
 UP BOUND     h_8_1     4
 UP BOUND     h_9_0     4
 UP BOUND     h_9_1     4
 UP BOUND     h_10_0    4
 UP BOUND     h_10_1    4
 UP BOUND     h_11_0    4
 UP BOUND     h_11_1    4
 UP BOUND     h_12_0    4
 UP BOUND     h_12_1    4
 UP BOUND     h_13_0    4
 UP BOUND     h_13_1    4
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
 BV BOUND     sgn_0   
 BV BOUND     sgn_1   
 UP BOUND     g_0_0     4
 UP BOUND     g_0_1     4
 UP BOUND     g_1_0     4
 UP BOUND     g_1_1     4
 UP BOUND     g_2_0     4
 UP BOUND     g_2_1     4
 UP BOUND     g_3_0     4
 UP BOUND     g_3_1     4
 UP BOUND     g_4_0     4
 UP BOUND     g_4_1     4
 UP BOUND     g_5_0     4
 UP BOUND     g_5_1     4
 UP BOUND     g_6_0     4
 UP BOUND     g_6_1     4
 UP BOUND     g_7_0     4
 UP BOUND     g_7_1     4
 UP BOUND     g_8_0     4
 UP BOUND     g_8_1     4
 UP BOUND     g_9_0     4
 UP BOUND     g_9_1     4
 UP BOUND     g_10_0    4
 UP BOUND     g_10_1    4
 UP BOUND     g_11_0    4
 UP BOUND     g_11_1    4
 UP BOUND     g_12_0    4
 UP BOUND     g_12_1    4
 UP BOUND     g_13_0    4
 UP BOUND     g_13_1    4
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
ENDATA
