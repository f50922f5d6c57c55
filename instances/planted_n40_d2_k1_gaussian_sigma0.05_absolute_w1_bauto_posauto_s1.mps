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
COLUMNS
    W_0_0     relu_ge_pre_0  -0.90535586667311774
    W_0_0     relu_ge_pre_1  0.53695323536028516
    W_0_0     relu_ge_pre_2  -0.36457239618607573
    W_0_0     relu_ge_pre_3  -0.028422241315796789
    W_0_0     relu_ge_pre_4  0.73645408700166692
    W_0_0     relu_ge_pre_5  0.48211931267997826
    W_0_0     relu_ge_pre_6  -0.03972210748165899
    W_0_0     relu_ge_pre_7  0.78190846235684208
    W_0_0     relu_ge_pre_8  -0.0081421805183435076
    W_0_0     relu_ge_pre_9  -1.2940638143982073
    W_0_0     relu_ge_pre_10  2.7111624789659685
    W_0_0     relu_ge_pre_11  0.17477209205516195
    W_0_0     relu_ge_pre_12  -0.2136429974986111
    W_0_0     relu_ge_pre_13  -2.1178387550510482
    W_0_0     relu_ge_pre_14  0.37760500712699807
    W_0_0     relu_ge_pre_15  -0.6467029962018469
    W_0_0     relu_ge_pre_16  0.51400637168746288
    W_0_0     relu_ge_pre_17  -0.16746474422274113
    W_0_0     relu_ge_pre_18  1.2273520542445742
    W_0_0     relu_ge_pre_19  0.07204367972722743
    W_0_0     relu_ge_pre_20  0.098269967852217269
    W_0_0     relu_ge_pre_21  -0.035586237055485713
    W_0_0     relu_ge_pre_22  -0.59374807178582278
    W_0_0     relu_ge_pre_23  -0.32084830456656371
    W_0_0     relu_ge_pre_24  -0.73165228378544078
    W_0_0     relu_ge_pre_25  -0.87916061828798531
    W_0_0     relu_ge_pre_26  -0.91446720312878116
    W_0_0     relu_ge_pre_27  1.2487488903344155
    W_0_0     relu_ge_pre_28  -0.054102278771543888
    W_0_0     relu_ge_pre_29  0.98218812494097774
    W_0_0     relu_ge_pre_30  -0.19958453284708083
    W_0_0     relu_ge_pre_31  -0.23550561173022522
    W_0_0     relu_ge_pre_32  1.6487873663509485
    W_0_0     relu_ge_pre_33  -1.2246469675357323
    W_0_0     relu_ge_pre_34  0.81081458323756994
    W_0_0     relu_ge_pre_35  -0.25344651620814146
    W_0_0     relu_ge_pre_36  0.34521571005127971
    W_0_0     relu_ge_pre_37  0.11001076471125099
    W_0_0     relu_ge_pre_38  -0.77532382204757411
    W_0_0     relu_ge_pre_39  1.6308492324351012
    W_0_0     relu_le_pre_0  -0.90535586667311774
    W_0_0     relu_le_pre_1  0.53695323536028516
    W_0_0     relu_le_pre_2  -0.36457239618607573
    W_0_0     relu_le_pre_3  -0.028422241315796789
    W_0_0     relu_le_pre_4  0.73645408700166692
    W_0_0     relu_le_pre_5  0.48211931267997826
    W_0_0     relu_le_pre_6  -0.03972210748165899
    W_0_0     relu_le_pre_7  0.78190846235684208
    W_0_0     relu_le_pre_8  -0.0081421805183435076
    W_0_0     relu_le_pre_9  -1.2940638143982073
    W_0_0     relu_le_pre_10  2.7111624789659685
    W_0_0     relu_le_pre_11  0.17477209205516195
    W_0_0     relu_le_pre_12  -0.2136429974986111
    W_0_0     relu_le_pre_13  -2.1178387550510482
    W_0_0     relu_le_pre_14  0.37760500712699807
    W_0_0     relu_le_pre_15  -0.6467029962018469
    W_0_0     relu_le_pre_16  0.51400637168746288
    W_0_0     relu_le_pre_17  -0.16746474422274113
    W_0_0     relu_le_pre_18  1.2273520542445742
    W_0_0     relu_le_pre_19  0.07204367972722743
    W_0_0     relu_le_pre_20  0.098269967852217269
    W_0_0     relu_le_pre_21  -0.035586237055485713
    W_0_0     relu_le_pre_22  -0.59374807178582278
    W_0_0     relu_le_pre_23  -0.32084830456656371
    W_0_0     relu_le_pre_24  -0.73165228378544078
    W_0_0     relu_le_pre_25  -0.87916061828798531
    W_0_0     relu_le_pre_26  -0.91446720312878116
    W_0_0     relu_le_pre_27  1.2487488903344155
    W_0_0     relu_le_pre_28  -0.054102278771543888
    W_0_0     relu_le_pre_29  0.98218812494097774
    W_0_0     relu_le_pre_30  -0.19958453284708083
    W_0_0     relu_le_pre_31  -0.23550561173022522
    W_0_0     relu_le_pre_32  1.6487873663509485
    W_0_0     relu_le_pre_33  -1.2246469675357323
    W_0_0     relu_le_pre_34  0.81081458323756994
    W_0_0     relu_le_pre_35  -0.25344651620814146
    W_0_0     relu_le_pre_36  0.34521571005127971
    W_0_0     relu_le_pre_37  0.11001076471125099
    W_0_0     relu_le_pre_38  -0.77532382204757411
    W_0_0     relu_le_pre_39  1.6308492324351012
    W_0_1     relu_ge_pre_0  -0.44637457236401129
    W_0_1     relu_ge_pre_1  -0.58111810419635312
    W_0_1     relu_ge_pre_2  -0.29413249665552599
    W_0_1     relu_ge_pre_3  -0.54671298661244694
    W_0_1     relu_ge_pre_4  0.16290994799305278
    W_0_1     relu_ge_pre_5  -0.59884621263462756
    W_0_1     relu_ge_pre_6  0.29245675096508861
    W_0_1     relu_ge_pre_7  0.25719224061887069
    W_0_1     relu_ge_pre_8  0.27560290529937043
    W_0_1     relu_ge_pre_9  -1.0067243153057943
    W_0_1     relu_ge_pre_10  1.8890132459676727
    W_0_1     relu_ge_pre_11  0.42219041157635356
    W_0_1     relu_ge_pre_12  -0.21732193102256359
    W_0_1     relu_ge_pre_13  1.1120207626922813
    W_0_1     relu_ge_pre_14  -2.0427716074923303
    W_0_1     relu_ge_pre_15  -0.66306337237626167
    W_0_1     relu_ge_pre_16  1.6480751708556527
    W_0_1     relu_ge_pre_17  -0.10901408782154753
    W_0_1     relu_ge_pre_18  0.68322666178056224
    W_0_1     relu_ge_pre_19  0.94475162306077742
    W_0_1     relu_ge_pre_20  -0.095483027469454335
    W_0_1     relu_ge_pre_21  0.50629165831431477
    W_0_1     relu_ge_pre_22  -0.89116695428232839
    W_0_1     relu_ge_pre_23  0.81823022739030704
    W_0_1     relu_ge_pre_24  0.50144001846705233
    W_0_1     relu_ge_pre_25  1.0717874168774442
    W_0_1     relu_ge_pre_26  0.020063454615480422
    W_0_1     relu_ge_pre_27  0.31389947196684775
    W_0_1     relu_ge_pre_28  -0.27279133916445375
    W_0_1     relu_ge_pre_29  1.107373047165193
    W_0_1     relu_ge_pre_30  0.46674961687980204
    W_0_1     relu_ge_pre_31  -0.75951952247837917
    W_0_1     relu_ge_pre_32  -0.25438811651761728
    W_0_1     relu_ge_pre_33  0.29752684437047322
    W_0_1     relu_ge_pre_34  -0.75224382717959282
    W_0_1     relu_ge_pre_35  -0.89588307077756035
    W_0_1     relu_ge_pre_36  1.4818182737222112
    W_0_1     relu_ge_pre_37  0.44582815301123219
    W_0_1     relu_ge_pre_38  -0.1936328483771538
    W_0_1     relu_ge_pre_39  1.1951630801031998
    W_0_1     relu_le_pre_0  -0.44637457236401129
    W_0_1     relu_le_pre_1  -0.58111810419635312
    W_0_1     relu_le_pre_2  -0.29413249665552599
    W_0_1     relu_le_pre_3  -0.54671298661244694
    W_0_1     relu_le_pre_4  0.16290994799305278
    W_0_1     relu_le_pre_5  -0.59884621263462756
    W_0_1     relu_le_pre_6  0.29245675096508861
    W_0_1     relu_le_pre_7  0.25719224061887069
    W_0_1     relu_le_pre_8  0.27560290529937043
    W_0_1     relu_le_pre_9  -1.0067243153057943
    W_0_1     relu_le_pre_10  1.8890132459676727
    W_0_1     relu_le_pre_11  0.42219041157635356
    W_0_1     relu_le_pre_12  -0.21732193102256359
    W_0_1     relu_le_pre_13  1.1120207626922813
    W_0_1     relu_le_pre_14  -2.0427716074923303
    W_0_1     relu_le_pre_15  -0.66306337237626167
    W_0_1     relu_le_pre_16  1.6480751708556527
    W_0_1     relu_le_pre_17  -0.10901408782154753
    W_0_1     relu_le_pre_18  0.68322666178056224
    W_0_1     relu_le_pre_19  0.94475162306077742
    W_0_1     relu_le_pre_20  -0.095483027469454335
    W_0_1     relu_le_pre_21  0.50629165831431477
    W_0_1     relu_le_pre_22  -0.89116695428232839
    W_0_1     relu_le_pre_23  0.81823022739030704
    W_0_1     relu_le_pre_24  0.50144001846705233
    W_0_1     relu_le_pre_25  1.0717874168774442
    W_0_1     relu_le_pre_26  0.020063454615480422
    W_0_1     relu_le_pre_27  0.31389947196684775
    W_0_1     relu_le_pre_28  -0.27279133916445375
    W_0_1     relu_le_pre_29  1.107373047165193
    W_0_1     relu_le_pre_30  0.46674961687980204
    W_0_1     relu_le_pre_31  -0.75951952247837917
    W_0_1     relu_le_pre_32  -0.25438811651761728
    W_0_1     relu_le_pre_33  0.29752684437047322
    W_0_1     relu_le_pre_34  -0.75224382717959282
    W_0_1     relu_le_pre_35  -0.89588307077756035
    W_0_1     relu_le_pre_36  1.4818182737222112
    W_0_1     relu_le_pre_37  0.44582815301123219
    W_0_1     relu_le_pre_38  -0.1936328483771538
    W_0_1     relu_le_pre_39  1.1951630801031998
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
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  2.3517304390371292
    z_0_0     relu_le_onoff_0  -2.3517304390371292
    z_1_0     relu_le_pre_1  2.1180713395566384
    z_1_0     relu_le_onoff_1  -2.1180713395566384
    z_2_0     relu_le_pre_2  1.6587048928416017
    z_2_0     relu_le_onoff_2  -1.6587048928416017
    z_3_0     relu_le_pre_3  1.5751352279282438
    z_3_0     relu_le_onoff_3  -1.5751352279282438
    z_4_0     relu_le_pre_4  1.8993640349947198
    z_4_0     relu_le_onoff_4  -1.8993640349947198
    z_5_0     relu_le_pre_5  2.080965525314606
    z_5_0     relu_le_onoff_5  -2.080965525314606
    z_6_0     relu_le_pre_6  1.3321788584467475
    z_6_0     relu_le_onoff_6  -1.3321788584467475
    z_7_0     relu_le_pre_7  2.0391007029757127
    z_7_0     relu_le_onoff_7  -2.0391007029757127
    z_8_0     relu_le_pre_8  1.283745085817714
    z_8_0     relu_le_onoff_8  -1.283745085817714
    z_9_0     relu_le_pre_9  3.3007881297040016
    z_9_0     relu_le_onoff_9  -3.3007881297040016
    z_10_0    relu_le_pre_10  5.6001757249336412
    z_10_0    relu_le_onoff_10  -5.6001757249336412
    z_11_0    relu_le_pre_11  1.5969625036315156
    z_11_0    relu_le_onoff_11  -1.5969625036315156
    z_12_0    relu_le_pre_12  1.4309649285211747
    z_12_0    relu_le_onoff_12  -1.4309649285211747
    z_13_0    relu_le_pre_13  4.2298595177433294
    z_13_0    relu_le_onoff_13  -4.2298595177433294
    z_14_0    relu_le_pre_14  3.4203766146193284
    z_14_0    relu_le_onoff_14  -3.4203766146193284
    z_15_0    relu_le_pre_15  2.3097663685781087
    z_15_0    relu_le_onoff_15  -2.3097663685781087
    z_16_0    relu_le_pre_16  3.1620815425431155
    z_16_0    relu_le_onoff_16  -3.1620815425431155
    z_17_0    relu_le_pre_17  1.2764788320442886
    z_17_0    relu_le_onoff_17  -1.2764788320442886
    z_18_0    relu_le_pre_18  2.9105787160251362
    z_18_0    relu_le_onoff_18  -2.9105787160251362
    z_19_0    relu_le_pre_19  2.0167953027880046
    z_19_0    relu_le_onoff_19  -2.0167953027880046
    z_20_0    relu_le_pre_20  1.1937529953216717
    z_20_0    relu_le_onoff_20  -1.1937529953216717
    z_21_0    relu_le_pre_21  1.5418778953698005
    z_21_0    relu_le_onoff_21  -1.5418778953698005
    z_22_0    relu_le_pre_22  2.4849150260681512
    z_22_0    relu_le_onoff_22  -2.4849150260681512
    z_23_0    relu_le_pre_23  2.139078531956871
    z_23_0    relu_le_onoff_23  -2.139078531956871
    z_24_0    relu_le_pre_24  2.2330923022524933
    z_24_0    relu_le_onoff_24  -2.2330923022524933
    z_25_0    relu_le_pre_25  2.9509480351654296
    z_25_0    relu_le_onoff_25  -2.9509480351654296
    z_26_0    relu_le_pre_26  1.9345306577442616
    z_26_0    relu_le_onoff_26  -1.9345306577442616
    z_27_0    relu_le_pre_27  2.562648362301263
    z_27_0    relu_le_onoff_27  -2.562648362301263
    z_28_0    relu_le_pre_28  1.3268936179359976
    z_28_0    relu_le_onoff_28  -1.3268936179359976
    z_29_0    relu_le_pre_29  3.0895611721061709
    z_29_0    relu_le_onoff_29  -3.0895611721061709
    z_30_0    relu_le_pre_30  1.6663341497268829
    z_30_0    relu_le_onoff_30  -1.6663341497268829
    z_31_0    relu_le_pre_31  1.9950251342086043
    z_31_0    relu_le_onoff_31  -1.9950251342086043
    z_32_0    relu_le_pre_32  2.9031754828685656
    z_32_0    relu_le_onoff_32  -2.9031754828685656
    z_33_0    relu_le_pre_33  2.5221738119062058
    z_33_0    relu_le_onoff_33  -2.5221738119062058
    z_34_0    relu_le_pre_34  2.5630584104171628
    z_34_0    relu_le_onoff_34  -2.5630584104171628
    z_35_0    relu_le_pre_35  2.1493295869857016
    z_35_0    relu_le_onoff_35  -2.1493295869857016
    z_36_0    relu_le_pre_36  2.8270339837734908
    z_36_0    relu_le_onoff_36  -2.8270339837734908
    z_37_0    relu_le_pre_37  1.5558389177224832
    z_37_0    relu_le_onoff_37  -1.5558389177224832
    z_38_0    relu_le_pre_38  1.9689566704247279
    z_38_0    relu_le_onoff_38  -1.9689566704247279
    z_39_0    relu_le_pre_39  3.826012312538301
    z_39_0    relu_le_onoff_39  -3.826012312538301
    sgn_0     prod_le_sign_0  -2.3517304390371292
    sgn_0     prod_le_sign_1  -2.1180713395566384
    sgn_0     prod_le_sign_2  -1.6587048928416017
    sgn_0     prod_le_sign_3  -1.5751352279282438
    sgn_0     prod_le_sign_4  -1.8993640349947198
    sgn_0     prod_le_sign_5  -2.080965525314606
    sgn_0     prod_le_sign_6  -1.3321788584467475
    sgn_0     prod_le_sign_7  -2.0391007029757127
    sgn_0     prod_le_sign_8  -1.283745085817714
    sgn_0     prod_le_sign_9  -3.3007881297040016
    sgn_0     prod_le_sign_10  -5.6001757249336412
    sgn_0     prod_le_sign_11  -1.5969625036315156
    sgn_0     prod_le_sign_12  -1.4309649285211747
    sgn_0     prod_le_sign_13  -4.2298595177433294
    sgn_0     prod_le_sign_14  -3.4203766146193284
    sgn_0     prod_le_sign_15  -2.3097663685781087
    sgn_0     prod_le_sign_16  -3.1620815425431155
    sgn_0     prod_le_sign_17  -1.2764788320442886
    sgn_0     prod_le_sign_18  -2.9105787160251362
    sgn_0     prod_le_sign_19  -2.0167953027880046
    sgn_0     prod_le_sign_20  -1.1937529953216717
    sgn_0     prod_le_sign_21  -1.5418778953698005
    sgn_0     prod_le_sign_22  -2.4849150260681512
    sgn_0     prod_le_sign_23  -2.139078531956871
    sgn_0     prod_le_sign_24  -2.2330923022524933
    sgn_0     prod_le_sign_25  -2.9509480351654296
    sgn_0     prod_le_sign_26  -1.9345306577442616
    sgn_0     prod_le_sign_27  -2.562648362301263
    sgn_0     prod_le_sign_28  -1.3268936179359976
    sgn_0     prod_le_sign_29  -3.0895611721061709
    sgn_0     prod_le_sign_30  -1.6663341497268829
    sgn_0     prod_le_sign_31  -1.9950251342086043
    sgn_0     prod_le_sign_32  -2.9031754828685656
    sgn_0     prod_le_sign_33  -2.5221738119062058
    sgn_0     prod_le_sign_34  -2.5630584104171628
    sgn_0     prod_le_sign_35  -2.1493295869857016
    sgn_0     prod_le_sign_36  -2.8270339837734908
    sgn_0     prod_le_sign_37  -1.5558389177224832
    sgn_0     prod_le_sign_38  -1.9689566704247279
    sgn_0     prod_le_sign_39  -3.826012312538301
    sgn_0     prod_ge_0  -2.3517304390371292
    sgn_0     prod_ge_1  -2.1180713395566384
    sgn_0     prod_ge_2  -1.6587048928416017
    sgn_0     prod_ge_3  -1.5751352279282438
    sgn_0     prod_ge_4  -1.8993640349947198
    sgn_0     prod_ge_5  -2.080965525314606
    sgn_0     prod_ge_6  -1.3321788584467475
    sgn_0     prod_ge_7  -2.0391007029757127
    sgn_0     prod_ge_8  -1.283745085817714
    sgn_0     prod_ge_9  -3.3007881297040016
    sgn_0     prod_ge_10  -5.6001757249336412
    sgn_0     prod_ge_11  -1.5969625036315156
    sgn_0     prod_ge_12  -1.4309649285211747
    sgn_0     prod_ge_13  -4.2298595177433294
    sgn_0     prod_ge_14  -3.4203766146193284
    sgn_0     prod_ge_15  -2.3097663685781087
    sgn_0     prod_ge_16  -3.1620815425431155
    sgn_0     prod_ge_17  -1.2764788320442886
    sgn_0     prod_ge_18  -2.9105787160251362
    sgn_0     prod_ge_19  -2.0167953027880046
    sgn_0     prod_ge_20  -1.1937529953216717
    sgn_0     prod_ge_21  -1.5418778953698005
    sgn_0     prod_ge_22  -2.4849150260681512
    sgn_0     prod_ge_23  -2.139078531956871
    sgn_0     prod_ge_24  -2.2330923022524933
    sgn_0     prod_ge_25  -2.9509480351654296
    sgn_0     prod_ge_26  -1.9345306577442616
    sgn_0     prod_ge_27  -2.562648362301263
    sgn_0     prod_ge_28  -1.3268936179359976
    sgn_0     prod_ge_29  -3.0895611721061709
    sgn_0     prod_ge_30  -1.6663341497268829
    sgn_0     prod_ge_31  -1.9950251342086043
    sgn_0     prod_ge_32  -2.9031754828685656
    sgn_0     prod_ge_33  -2.5221738119062058
    sgn_0     prod_ge_34  -2.5630584104171628
    sgn_0     prod_ge_35  -2.1493295869857016
    sgn_0     prod_ge_36  -2.8270339837734908
    sgn_0     prod_ge_37  -1.5558389177224832
    sgn_0     prod_ge_38  -1.9689566704247279
    sgn_0     prod_ge_39  -3.826012312538301
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
RHS
    RHS_V     relu_le_pre_0  2.3517304390371292
    RHS_V     relu_le_pre_1  2.1180713395566384
    RHS_V     relu_le_pre_2  1.6587048928416017
    RHS_V     relu_le_pre_3  1.5751352279282438
    RHS_V     relu_le_pre_4  1.8993640349947198
    RHS_V     relu_le_pre_5  2.080965525314606
    RHS_V     relu_le_pre_6  1.3321788584467475
    RHS_V     relu_le_pre_7  2.0391007029757127
    RHS_V     relu_le_pre_8  1.283745085817714
    RHS_V     relu_le_pre_9  3.3007881297040016
    RHS_V     relu_le_pre_10  5.6001757249336412
    RHS_V     relu_le_pre_11  1.5969625036315156
    RHS_V     relu_le_pre_12  1.4309649285211747
    RHS_V     relu_le_pre_13  4.2298595177433294
    RHS_V     relu_le_pre_14  3.4203766146193284
    RHS_V     relu_le_pre_15  2.3097663685781087
    RHS_V     relu_le_pre_16  3.1620815425431155
    RHS_V     relu_le_pre_17  1.2764788320442886
    RHS_V     relu_le_pre_18  2.9105787160251362
    RHS_V     relu_le_pre_19  2.0167953027880046
    RHS_V     relu_le_pre_20  1.1937529953216717
    RHS_V     relu_le_pre_21  1.5418778953698005
    RHS_V     relu_le_pre_22  2.4849150260681512
    RHS_V     relu_le_pre_23  2.139078531956871
    RHS_V     relu_le_pre_24  2.2330923022524933
    RHS_V     relu_le_pre_25  2.9509480351654296
    RHS_V     relu_le_pre_26  1.9345306577442616
    RHS_V     relu_le_pre_27  2.562648362301263
    RHS_V     relu_le_pre_28  1.3268936179359976
    RHS_V     relu_le_pre_29  3.0895611721061709
    RHS_V     relu_le_pre_30  1.6663341497268829
    RHS_V     relu_le_pre_31  1.9950251342086043
    RHS_V     relu_le_pre_32  2.9031754828685656
    RHS_V     relu_le_pre_33  2.5221738119062058
    RHS_V     relu_le_pre_34  2.5630584104171628
    RHS_V     relu_le_pre_35  2.1493295869857016
    RHS_V     relu_le_pre_36  2.8270339837734908
    RHS_V     relu_le_pre_37  1.5558389177224832
    RHS_V     relu_le_pre_38  1.9689566704247279
    RHS_V     relu_le_pre_39  3.826012312538301
    RHS_V     prod_ge_0  -2.3517304390371292
    RHS_V     prod_ge_1  -2.1180713395566384
    RHS_V     prod_ge_2  -1.6587048928416017
    RHS_V     prod_ge_3  -1.5751352279282438
    RHS_V     prod_ge_4  -1.8993640349947198
    RHS_V     prod_ge_5  -2.080965525314606
    RHS_V     prod_ge_6  -1.3321788584467475
    RHS_V     prod_ge_7  -2.0391007029757127
    RHS_V     prod_ge_8  -1.283745085817714
    RHS_V     prod_ge_9  -3.3007881297040016
    RHS_V     prod_ge_10  -5.6001757249336412
    RHS_V     prod_ge_11  -1.5969625036315156
    RHS_V     prod_ge_12  -1.4309649285211747
    RHS_V     prod_ge_13  -4.2298595177433294
    RHS_V     prod_ge_14  -3.4203766146193284
    RHS_V     prod_ge_15  -2.3097663685781087
    RHS_V     prod_ge_16  -3.1620815425431155
    RHS_V     prod_ge_17  -1.2764788320442886
    RHS_V     prod_ge_18  -2.9105787160251362
    RHS_V     prod_ge_19  -2.0167953027880046
    RHS_V     prod_ge_20  -1.1937529953216717
    RHS_V     prod_ge_21  -1.5418778953698005
    RHS_V     prod_ge_22  -2.4849150260681512
    RHS_V     prod_ge_23  -2.139078531956871
    RHS_V     prod_ge_24  -2.2330923022524933
    RHS_V     prod_ge_25  -2.9509480351654296
    RHS_V     prod_ge_26  -1.9345306577442616
    RHS_V     prod_ge_27  -2.562648362301263
    RHS_V     prod_ge_28  -1.3268936179359976
    RHS_V     prod_ge_29  -3.0895611721061709
    RHS_V     prod_ge_30  -1.6663341497268829
    RHS_V     prod_ge_31  -1.9950251342086043
    RHS_V     prod_ge_32  -2.9031754828685656
    RHS_V     prod_ge_33  -2.5221738119062058
    RHS_V     prod_ge_34  -2.5630584104171628
    RHS_V     prod_ge_35  -2.1493295869857016
    RHS_V     prod_ge_36  -2.8270339837734908
    RHS_V     prod_ge_37  -1.5558389177224832
    RHS_V     prod_ge_38  -1.9689566704247279
    RHS_V     prod_ge_39  -3.826012312538301
    RHS_V     residual_0  0.044189451829362764
    RHS_V     residual_1  0.033988250870892328
    RHS_V     residual_2  -0.032012168295424435
    RHS_V     residual_3  -5.2439828364034055e-05
    RHS_V     residual_4  0.022278677688809308
    RHS_V     residual_5  0.023420216792363897
    RHS_V     residual_6  0.043812109805717508
    RHS_V     residual_7  0.0128242813610781
    RHS_V     residual_8  -0.004741416948424909
    RHS_V     residual_9  0.2129582082115607
    RHS_V     residual_10  0.052787140026662564
    RHS_V     residual_11  -0.11254271375392688
    RHS_V     residual_12  -0.0069327662545668666
    RHS_V     residual_13  0.0016500051992030054
    RHS_V     residual_14  1.0485128661587075
    RHS_V     residual_15  0.016640680656902333
    RHS_V     residual_16  -0.032564050622169702
    RHS_V     residual_17  0.04312223981578734
    RHS_V     residual_18  -0.00627960420171636
    RHS_V     residual_19  0.03345766203947264
    RHS_V     residual_20  0.060942180258561164
    RHS_V     residual_21  0.019146479135673619
    RHS_V     residual_22  0.061448022549518179
    RHS_V     residual_23  -0.075715931585231933
    RHS_V     residual_24  0.08766920587581864
    RHS_V     residual_25  -0.0055646096593759721
    RHS_V     residual_26  -0.034428247381716084
    RHS_V     residual_27  0.0072128544030412483
    RHS_V     residual_28  -0.0095705665241324622
    RHS_V     residual_29  0.042607113210634387
    RHS_V     residual_30  0.0016964091218550144
    RHS_V     residual_31  0.00068747918092097488
    RHS_V     residual_32  -0.035728986051648204
    RHS_V     residual_33  0.023478404937374672
    RHS_V     residual_34  -0.051693336117749122
    RHS_V     residual_35  0.13473159569644488
    RHS_V     residual_36  0.076196875649506599
    RHS_V     residual_37  -0.076234301904957599
    RHS_V     residual_38  -0.12331146156756589
    RHS_V     residual_39  0.030843937757715975
BOUNDS
 LO BOUND     W_0_0     -1
 UP BOUND     W_0_0     1
 LO BOUND     W_0_1     -1
 UP BOUND     W_0_1     1
 LO BOUND     b_0       -1
 UP BOUND     b_0       1
 UP BOUND     h_0_0     2.3517304390371292
 UP BOUND     h_1_0     2.1180713395566384
 UP BOUND     h_2_0     1.6587048928416017
 UP BOUND     h_3_0     1.5751352279282438
 UP BOUND     h_4_0     1.8993640349947198
 UP BOUND     h_5_0     2.080965525314606
 UP BOUND     h_6_0     1.3321788584467475
 UP BOUND     h_7_0     2.0391007029757127
 UP BOUND     h_8_0     1.283745085817714
 UP BOUND     h_9_0     3.3007881297040016
 UP BOUND     h_10_0    5.6001757249336412
 UP BOUND     h_11_0    1.5969625036315156
 UP BOUND     h_12_0    1.4309649285211747
 UP BOUND     h_13_0    4.2298595177433294
 UP BOUND     h_14_0    3.4203766146193284
 UP BOUND     h_15_0    2.3097663685781087
 UP BOUND     h_16_0    3.1620815425431155
 UP BOUND     h_17_0    1.2764788320442886
 UP BOUND     h_18_0    2.9105787160251362
 UP BOUND     h_19_0    2.0167953027880046
 UP BOUND     h_20_0    1.1937529953216717
 UP BOUND     h_21_0    1.5418778953698005
 UP BOUND     h_22_0    2.4849150260681512
 UP BOUND     h_23_0    2.139078531956871
 UP BOUND     h_24_0    2.2330923022524933
 UP BOUND     h_25_0    2.9509480351654296
 UP BOUND     h_26_0    1.9345306577442616
 UP BOUND     h_27_0    2.562648362301263
 UP BOUND     h_28_0    1.3268936179359976
 UP BOUND     h_29_0    3.0895611721061709
 UP BOUND     h_30_0    1.6663341497268829
 UP BOUND     h_31_0    1.9950251342086043
 UP BOUND     h_32_0    2.9031754828685656
 UP BOUND     h_33_0    2.5221738119062058
 UP BOUND     h_34_0    2.5630584104171628
 UP BOUND     h_35_0    2.1493295869857016
 UP BOUND     h_36_0    2.8270339837734908
 UP BOUND     h_37_0    1.5558389177224832
 UP BOUND     h_38_0    1.9689566704247279
 UP BOUND     h_39_0    3.826012312538301
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
 BV BOUND     sgn_0   
 UP BOUND     g_0_0     2.3517304390371292
 UP BOUND     g_1_0     2.1180713395566384
 UP BOUND     g_2_0     1.6587048928416017
 UP BOUND     g_3_0     1.5751352279282438
 UP BOUND     g_4_0     1.8993640349947198
 UP BOUND     g_5_0     2.080965525314606
 UP BOUND     g_6_0     1.3321788584467475
 UP BOUND     g_7_0     2.0391007029757127
 UP BOUND     g_8_0     1.283745085817714
 UP BOUND     g_9_0     3.3007881297040016
 UP BOUND     g_10_0    5.6001757249336412
 UP BOUND     g_11_0    1.5969625036315156
 UP BOUND     g_12_0    1.4309649285211747
 UP BOUND     g_13_0    4.2298595177433294
 UP BOUND     g_14_0    3.4203766146193284
 UP BOUND     g_15_0    2.3097663685781087
 UP BOUND     g_16_0    3.1620815425431155
 UP BOUND     g_17_0    1.2764788320442886
 UP BOUND     g_18_0    2.9105787160251362
 UP BOUND     g_19_0    2.0167953027880046
 UP BOUND     g_20_0    1.1937529953216717
 UP BOUND     g_21_0    1.5418778953698005
 UP BOUND     g_22_0    2.4849150260681512
 UP BOUND     g_23_0    2.139078531956871
 UP BOUND     g_24_0    2.2330923022524933
 UP BOUND     g_25_0    2.9509480351654296
 UP BOUND     g_26_0    1.9345306577442616
 UP BOUND     g_27_0    2.562648362301263
 UP BOUND     g_28_0    1.3268936179359976
 UP BOUND     g_29_0    3.0895611721061709
 UP BOUND     g_30_0    1.6663341497268829
 UP BOUND     g_31_0    1.9950251342086043
 UP BOUND     g_32_0    2.9031754828685656
 UP BOUND     g_33_0    2.5221738119062058
 UP BOUND     g_34_0    2.5630584104171628
 UP BOUND     g_35_0    2.1493295869857016
 UP BOUND     g_36_0    2.8270339837734908
 UP BOUND     g_37_0    1.5558389177224832
 UP BOUND     g_38_0    1.9689566704247279
 UP BOUND     g_39_0    3.826012312538301
ENDATA
