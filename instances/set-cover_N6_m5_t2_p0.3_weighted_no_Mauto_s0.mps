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
COLUMNS
    W_0_0     relu_ge_pre_0  -1
    W_0_0     relu_ge_pre_7  -0.33333333333333331
    W_0_0     relu_le_pre_0  -1
    W_0_0     relu_le_pre_7  -0.33333333333333331
    W_0_1     relu_ge_pre_1  -1
    W_0_1     relu_ge_pre_7  -0.33333333333333331
    W_0_1     relu_ge_pre_9  -0.33333333333333331
    W_0_1     relu_le_pre_1  -1
    W_0_1     relu_le_pre_7  -0.33333333333333331
    W_0_1     relu_le_pre_9  -0.33333333333333331
    W_0_2     relu_ge_pre_2  -1
    W_0_2     relu_ge_pre_6  -0.33333333333333331
    W_0_2     relu_ge_pre_9  -0.33333333333333331
    W_0_2     relu_le_pre_2  -1
    W_0_2     relu_le_pre_6  -0.33333333333333331
    W_0_2     relu_le_pre_9  -0.33333333333333331
    W_0_3     relu_ge_pre_3  -1
    W_0_3     relu_ge_pre_6  -0.33333333333333331
    W_0_3     relu_ge_pre_7  -0.33333333333333331
    W_0_3     relu_ge_pre_9  -0.33333333333333331
    W_0_3     relu_ge_pre_10  -1
    W_0_3     relu_le_pre_3  -1
    W_0_3     relu_le_pre_6  -0.33333333333333331
    W_0_3     relu_le_pre_7  -0.33333333333333331
    W_0_3     relu_le_pre_9  -0.33333333333333331
    W_0_3     relu_le_pre_10  -1
    W_0_4     relu_ge_pre_4  -1
    W_0_4     relu_ge_pre_6  -0.33333333333333331
    W_0_4     relu_ge_pre_8  -0.5
    W_0_4     relu_le_pre_4  -1
    W_0_4     relu_le_pre_6  -0.33333333333333331
    W_0_4     relu_le_pre_8  -0.5
    W_0_5     relu_ge_pre_5  -1
    W_0_5     relu_ge_pre_8  -0.5
    W_0_5     relu_le_pre_5  -1
    W_0_5     relu_le_pre_8  -0.5
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
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  8
    z_0_0     relu_le_onoff_0  -8
    z_1_0     relu_le_pre_1  8
    z_1_0     relu_le_onoff_1  -8
    z_2_0     relu_le_pre_2  8
    z_2_0     relu_le_onoff_2  -8
    z_3_0     relu_le_pre_3  8
    z_3_0     relu_le_onoff_3  -8
    z_4_0     relu_le_pre_4  8
    z_4_0     relu_le_onoff_4  -8
    z_5_0     relu_le_pre_5  8
    z_5_0     relu_le_onoff_5  -8
    z_6_0     relu_le_pre_6  8
    z_6_0     relu_le_onoff_6  -8
    z_7_0     relu_le_pre_7  8
    z_7_0     relu_le_onoff_7  -8
    z_8_0     relu_le_pre_8  8
    z_8_0     relu_le_onoff_8  -8
    z_9_0     relu_le_pre_9  8
    z_9_0     relu_le_onoff_9  -8
    z_10_0    relu_le_pre_10  8
    z_10_0    relu_le_onoff_10  -8
    sgn_0     prod_le_sign_0  -8
    sgn_0     prod_le_sign_1  -8
    sgn_0     prod_le_sign_2  -8
    sgn_0     prod_le_sign_3  -8
    sgn_0     prod_le_sign_4  -8
    sgn_0     prod_le_sign_5  -8
    sgn_0     prod_le_sign_6  -8
    sgn_0     prod_le_sign_7  -8
    sgn_0     prod_le_sign_8  -8
    sgn_0     prod_le_sign_9  -8
    sgn_0     prod_le_sign_10  -8
    sgn_0     prod_ge_0  -8
    sgn_0     prod_ge_1  -8
    sgn_0     prod_ge_2  -8
    sgn_0     prod_ge_3  -8
    sgn_0     prod_ge_4  -8
    sgn_0     prod_ge_5  -8
    sgn_0     prod_ge_6  -8
    sgn_0     prod_ge_7  -8
    sgn_0     prod_ge_8  -8
    sgn_0     prod_ge_9  -8
    sgn_0     prod_ge_10  -8
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
RHS
    RHS_V     relu_le_pre_0  8
    RHS_V     relu_le_pre_1  8
    RHS_V     relu_le_pre_2  8
    RHS_V     relu_le_pre_3  8
    RHS_V     relu_le_pre_4  8
    RHS_V     relu_le_pre_5  8
    RHS_V     relu_le_pre_6  8
    RHS_V     relu_le_pre_7  8
    RHS_V     relu_le_pre_8  8
    RHS_V     relu_le_pre_9  8
    RHS_V     relu_le_pre_10  8
    RHS_V     prod_ge_0  -8
    RHS_V     prod_ge_1  -8
    RHS_V     prod_ge_2  -8
    RHS_V     prod_ge_3  -8
    RHS_V     prod_ge_4  -8
    RHS_V     prod_ge_5  -8
    RHS_V     prod_ge_6  -8
    RHS_V     prod_ge_7  -8
    RHS_V     prod_ge_8  -8
    RHS_V     prod_ge_9  -8
    RHS_V     prod_ge_10  -8
    RHS_V     residual_0  1
    RHS_V     residual_1  1
    RHS_V     residual_2  1
    RHS_V     residual_3  1
    RHS_V     residual_4  1
    RHS_V     residual_5  1
BOUNDS
 LO BOUND     W_0_0     -4
 UP BOUND     W_0_0     4
 LO BOUND     W_0_1     -4
 UP BOUND     W_0_1     4
 LO BOUND     W_0_2     -4
 UP BOUND     W_0_2     4
 LO BOUND     W_0_3     -4
 UP BOUND     W_0_3     4
 LO BOUND     W_0_4     -4
 UP BOUND     W_0_4     4
 LO BOUND     W_0_5     -4
 UP BOUND     W_0_5     4
 LO BOUND     b_0       -4
 UP BOUND     b_0       4
 UP BOUND     h_0_0     8
 UP BOUND     h_1_0     8
 UP BOUND     h_2_0     8
 UP BOUND     h_3_0     8
 UP BOUND     h_4_0     8
 UP BOUND     h_5_0     8
 UP BOUND     h_6_0     8
 UP BOUND     h_7_0     8
 UP BOUND     h_8_0     8
 UP BOUND     h_9_0     8
 UP BOUND     h_10_0    8
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
 BV BOUND     sgn_0   
 UP BOUND     g_0_0     8
 UP BOUND     g_1_0     8
 UP BOUND     g_2_0     8
 UP BOUND     g_3_0     8
 UP BOUND     g_4_0     8
 UP BOUND     g_5_0     8
 UP BOUND     g_6_0     8
 UP BOUND     g_7_0     8
 UP BOUND     g_8_0     8
 UP BOUND     g_9_0     8
 UP BOUND     g_10_0    8
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
QUADOBJ
    r_0       r_0       2
    r_1       r_1       2
    r_2       r_2       2
    r_3       r_3       2
    r_4       r_4       2
    r_5       r_5       2
    r_6       r_6       256
    r_7       r_7       256
    r_8       r_8       256
    r_9       r_9       256
    r_10      r_10      256
ENDATA
