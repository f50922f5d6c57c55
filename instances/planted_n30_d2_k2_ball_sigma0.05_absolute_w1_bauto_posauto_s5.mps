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
 G  symmetry_sign_0
 G  symmetry_bias_0
COLUMNS
    W_0_0     relu_ge_pre_0  -0.3721056087268389
    W_0_0     relu_ge_pre_2  -0.09512075806069141
    W_0_0     relu_ge_pre_4  0.32106117705290765
    W_0_0     relu_ge_pre_6  -0.10391719203048157
    W_0_0     relu_ge_pre_8  0.044267357945788413
    W_0_0     relu_ge_pre_10  0.66738387484470718
    W_0_0     relu_ge_pre_12  0.61837123193147359
    W_0_0     relu_ge_pre_14  0.10323366965702872
    W_0_0     relu_ge_pre_16  -0.44078906682336161
    W_0_0     relu_ge_pre_18  0.84049296780743687
    W_0_0     relu_ge_pre_20  0.88565972177700336
    W_0_0     relu_ge_pre_22  0.39092924301216242
    W_0_0     relu_ge_pre_24  0.1043018562062682
    W_0_0     relu_ge_pre_26  0.861173157101215
    W_0_0     relu_ge_pre_28  0.39728444198319079
    W_0_0     relu_ge_pre_30  -0.14771458964344789
    W_0_0     relu_ge_pre_32  -0.59053940550414541
    W_0_0     relu_ge_pre_34  0.97008376422588793
    W_0_0     relu_ge_pre_36  0.56302082403245601
    W_0_0     relu_ge_pre_38  -0.013910698468881653
    W_0_0     relu_ge_pre_40  0.020443292096485585
    W_0_0     relu_ge_pre_42  -0.40929204336141017
    W_0_0     relu_ge_pre_44  -0.44301994567698333
    W_0_0     relu_ge_pre_46  0.35458600688764264
    W_0_0     relu_ge_pre_48  -0.8947231402640502
    W_0_0     relu_ge_pre_50  -0.55319538904262289
    W_0_0     relu_ge_pre_52  -0.7049530271072012
    W_0_0     relu_ge_pre_54  0.43035650019786204
    W_0_0     relu_ge_pre_56  -0.87057191391337596
    W_0_0     relu_ge_pre_58  -0.39407747814785454
    W_0_0     relu_le_pre_0  -0.3721056087268389
    W_0_0     relu_le_pre_2  -0.09512075806069141
    W_0_0     relu_le_pre_4  0.32106117705290765
    W_0_0     relu_le_pre_6  -0.10391719203048157
    W_0_0     relu_le_pre_8  0.044267357945788413
    W_0_0     relu_le_pre_10  0.66738387484470718
    W_0_0     relu_le_pre_12  0.61837123193147359
    W_0_0     relu_le_pre_14  0.10323366965702872
    W_0_0     relu_le_pre_16  -0.44078906682336161
    W_0_0     relu_le_pre_18  0.84049296780743687
    W_0_0     relu_le_pre_20  0.88565972177700336
    W_0_0     relu_le_pre_22  0.39092924301216242
    W_0_0     relu_le_pre_24  0.1043018562062682
    W_0_0     relu_le_pre_26  0.861173157101215
    W_0_0     relu_le_pre_28  0.39728444198319079
    W_0_0     relu_le_pre_30  -0.14771458964344789
    W_0_0     relu_le_pre_32  -0.59053940550414541
    W_0_0     relu_le_pre_34  0.97008376422588793
    W_0_0     relu_le_pre_36  0.56302082403245601
    W_0_0     relu_le_pre_38  -0.013910698468881653
    W_0_0     relu_le_pre_40  0.020443292096485585
    W_0_0     relu_le_pre_42  -0.40929204336141017
    W_0_0     relu_le_pre_44  -0.44301994567698333
    W_0_0     relu_le_pre_46  0.35458600688764264
    W_0_0     relu_le_pre_48  -0.8947231402640502
    W_0_0     relu_le_pre_50  -0.55319538904262289
    W_0_0     relu_le_pre_52  -0.7049530271072012
    W_0_0     relu_le_pre_54  0.43035650019786204
    W_0_0     relu_le_pre_56  -0.87057191391337596
    W_0_0     relu_le_pre_58  -0.39407747814785454
    W_0_1     relu_ge_pre_0  -0.81244123588117678
    W_0_1     relu_ge_pre_2  0.43009012705827598
    W_0_1     relu_ge_pre_4  -0.53607707877424027
    W_0_1     relu_ge_pre_6  0.88720634764271211
    W_0_1     relu_ge_pre_8  0.61523635430931989
    W_0_1     relu_ge_pre_10  0.51754867183842357
    W_0_1     relu_ge_pre_12  -0.47972369514634516
    W_0_1     relu_ge_pre_14  0.96454330368923569
    W_0_1     relu_ge_pre_16  -0.89296232594616576
    W_0_1     relu_ge_pre_18  0.13133097775103675
    W_0_1     relu_ge_pre_20  0.15636708815013076
    W_0_1     relu_ge_pre_22  -0.0062729660935222321
    W_0_1     relu_ge_pre_24  0.83786119695239225
    W_0_1     relu_ge_pre_26  0.32558435733748015
    W_0_1     relu_ge_pre_28  0.49334655177748649
    W_0_1     relu_ge_pre_30  0.72899275702849664
    W_0_1     relu_ge_pre_32  -0.36159502528059284
    W_0_1     relu_ge_pre_34  -0.13213814810531985
    W_0_1     relu_ge_pre_36  -0.016893548547593198
    W_0_1     relu_ge_pre_38  0.63394875140335571
    W_0_1     relu_ge_pre_40  0.022402252545749395
    W_0_1     relu_ge_pre_42  0.50265749565103657
    W_0_1     relu_ge_pre_44  0.6596737328897162
    W_0_1     relu_ge_pre_46  0.89957204153204251
    W_0_1     relu_ge_pre_48  -0.35092319249911569
    W_0_1     relu_ge_pre_50  -0.14602970542351618
    W_0_1     relu_ge_pre_52  -0.7013574375391004
    W_0_1     relu_ge_pre_54  0.049681213471153687
    W_0_1     relu_ge_pre_56  0.25564929247160656
    W_0_1     relu_ge_pre_58  0.044299303613846937
    W_0_1     relu_le_pre_0  -0.81244123588117678
    W_0_1     relu_le_pre_2  0.43009012705827598
    W_0_1     relu_le_pre_4  -0.53607707877424027
    W_0_1     relu_le_pre_6  0.88720634764271211
    W_0_1     relu_le_pre_8  0.61523635430931989
    W_0_1     relu_le_pre_10  0.51754867183842357
    W_0_1     relu_le_pre_12  -0.47972369514634516
    W_0_1     relu_le_pre_14  0.96454330368923569
    W_0_1     relu_le_pre_16  -0.89296232594616576
    W_0_1     relu_le_pre_18  0.13133097775103675
    W_0_1     relu_le_pre_20  0.15636708815013076
    W_0_1     relu_le_pre_22  -0.0062729660935222321
    W_0_1     relu_le_pre_24  0.83786119695239225
    W_0_1     relu_le_pre_26  0.32558435733748015
    W_0_1     relu_le_pre_28  0.49334655177748649
    W_0_1     relu_le_pre_30  0.72899275702849664
    W_0_1     relu_le_pre_32  -0.36159502528059284
    W_0_1     relu_le_pre_34  -0.13213814810531985
    W_0_1     relu_le_pre_36  -0.016893548547593198
    W_0_1     relu_le_pre_38  0.63394875140335571
    W_0_1     relu_le_pre_40  0.022402252545749395
    W_0_1     relu_le_pre_42  0.50265749565103657
    W_0_1     relu_le_pre_44  0.6596737328897162
    W_0_1     relu_le_pre_46  0.89957204153204251
    W_0_1     relu_le_pre_48  -0.35092319249911569
    W_0_1     relu_le_pre_50  -0.14602970542351618
    W_0_1     relu_le_pre_52  -0.7013574375391004
    W_0_1     relu_le_pre_54  0.049681213471153687
    W_0_1     relu_le_pre_56  0.25564929247160656
    W_0_1     relu_le_pre_58  0.044299303613846937
    W_1_0     relu_ge_pre_1  -0.3721056087268389
    W_1_0     relu_ge_pre_3  -0.09512075806069141
    W_1_0     relu_ge_pre_5  0.32106117705290765
    W_1_0     relu_ge_pre_7  -0.10391719203048157
    W_1_0     relu_ge_pre_9  0.044267357945788413
    W_1_0     relu_ge_pre_11  0.66738387484470718
    W_1_0     relu_ge_pre_13  0.61837123193147359
    W_1_0     relu_ge_pre_15  0.10323366965702872
    W_1_0     relu_ge_pre_17  -0.44078906682336161
    W_1_0     relu_ge_pre_19  0.84049296780743687
    W_1_0     relu_ge_pre_21  0.88565972177700336
    W_1_0     relu_ge_pre_23  0.39092924301216242
    W_1_0     relu_ge_pre_25  0.1043018562062682
    W_1_0     relu_ge_pre_27  0.861173157101215
    W_1_0     relu_ge_pre_29  0.39728444198319079
    W_1_0     relu_ge_pre_31  -0.14771458964344789
    W_1_0     relu_ge_pre_33  -0.59053940550414541
    W_1_0     relu_ge_pre_35  0.97008376422588793
    W_1_0     relu_ge_pre_37  0.56302082403245601
    W_1_0     relu_ge_pre_39  -0.013910698468881653
    W_1_0     relu_ge_pre_41  0.020443292096485585
    W_1_0     relu_ge_pre_43  -0.40929204336141017
    W_1_0     relu_ge_pre_45  -0.44301994567698333
    W_1_0     relu_ge_pre_47  0.35458600688764264
    W_1_0     relu_ge_pre_49  -0.8947231402640502
    W_1_0     relu_ge_pre_51  -0.55319538904262289
    W_1_0     relu_ge_pre_53  -0.7049530271072012
    W_1_0     relu_ge_pre_55  0.43035650019786204
    W_1_0     relu_ge_pre_57  -0.87057191391337596
    W_1_0     relu_ge_pre_59  -0.39407747814785454
    W_1_0     relu_le_pre_1  -0.3721056087268389
    W_1_0     relu_le_pre_3  -0.09512075806069141
    W_1_0     relu_le_pre_5  0.32106117705290765
    W_1_0     relu_le_pre_7  -0.10391719203048157
    W_1_0     relu_le_pre_9  0.044267357945788413
    W_1_0     relu_le_pre_11  0.66738387484470718
    W_1_0     relu_le_pre_13  0.61837123193147359
    W_1_0     relu_le_pre_15  0.10323366965702872
    W_1_0     relu_le_pre_17  -0.44078906682336161
    W_1_0     relu_le_pre_19  0.84049296780743687
    W_1_0     relu_le_pre_21  0.88565972177700336
    W_1_0     relu_le_pre_23  0.39092924301216242
    W_1_0     relu_le_pre_25  0.1043018562062682
    W_1_0     relu_le_pre_27  0.861173157101215
    W_1_0     relu_le_pre_29  0.39728444198319079
    W_1_0     relu_le_pre_31  -0.14771458964344789
    W_1_0     relu_le_pre_33  -0.59053940550414541
    W_1_0     relu_le_pre_35  0.97008376422588793
    W_1_0     relu_le_pre_37  0.56302082403245601
    W_1_0     relu_le_pre_39  -0.013910698468881653
    W_1_0     relu_le_pre_41  0.020443292096485585
    W_1_0     relu_le_pre_43  -0.40929204336141017
    W_1_0     relu_le_pre_45  -0.44301994567698333
    W_1_0     relu_le_pre_47  0.35458600688764264
    W_1_0     relu_le_pre_49  -0.8947231402640502
    W_1_0     relu_le_pre_51  -0.55319538904262289
    W_1_0     relu_le_pre_53  -0.7049530271072012
    W_1_0     relu_le_pre_55  0.43035650019786204
    W_1_0     relu_le_pre_57  -0.87057191391337596
    W_1_0     relu_le_pre_59  -0.39407747814785454
    W_1_1     relu_ge_pre_1  -0.81244123588117678
    W_1_1     relu_ge_pre_3  0.43009012705827598
    W_1_1     relu_ge_pre_5  -0.53607707877424027
    W_1_1     relu_ge_pre_7  0.88720634764271211
    W_1_1     relu_ge_pre_9  0.61523635430931989
    W_1_1     relu_ge_pre_11  0.51754867183842357
    W_1_1     relu_ge_pre_13  -0.47972369514634516
    W_1_1     relu_ge_pre_15  0.96454330368923569
    W_1_1     relu_ge_pre_17  -0.89296232594616576
    W_1_1     relu_ge_pre_19  0.13133097775103675
    W_1_1     relu_ge_pre_21  0.15636708815013076
    W_1_1     relu_ge_pre_23  -0.0062729660935222321
    W_1_1     relu_ge_pre_25  0.83786119695239225
    W_1_1     relu_ge_pre_27  0.32558435733748015
    W_1_1     relu_ge_pre_29  0.49334655177748649
    W_1_1     relu_ge_pre_31  0.72899275702849664
    W_1_1     relu_ge_pre_33  -0.36159502528059284
    W_1_1     relu_ge_pre_35  -0.13213814810531985
    W_1_1     relu_ge_pre_37  -0.016893548547593198
    W_1_1     relu_ge_pre_39  0.63394875140335571
    W_1_1     relu_ge_pre_41  0.022402252545749395
    W_1_1     relu_ge_pre_43  0.50265749565103657
    W_1_1     relu_ge_pre_45  0.6596737328897162
    W_1_1     relu_ge_pre_47  0.89957204153204251
    W_1_1     relu_ge_pre_49  -0.35092319249911569
    W_1_1     relu_ge_pre_51  -0.14602970542351618
    W_1_1     relu_ge_pre_53  -0.7013574375391004
    W_1_1     relu_ge_pre_55  0.049681213471153687
    W_1_1     relu_ge_pre_57  0.25564929247160656
    W_1_1     relu_ge_pre_59  0.044299303613846937
    W_1_1     relu_le_pre_1  -0.81244123588117678
    W_1_1     relu_le_pre_3  0.43009012705827598
    W_1_1     relu_le_pre_5  -0.53607707877424027
    W_1_1     relu_le_pre_7  0.88720634764271211
    W_1_1     relu_le_pre_9  0.61523635430931989
    W_1_1     relu_le_pre_11  0.51754867183842357
    W_1_1     relu_le_pre_13  -0.47972369514634516
    W_1_1     relu_le_pre_15  0.96454330368923569
    W_1_1     relu_le_pre_17  -0.89296232594616576
    W_1_1     relu_le_pre_19  0.13133097775103675
    W_1_1     relu_le_pre_21  0.15636708815013076
    W_1_1     relu_le_pre_23  -0.0062729660935222321
    W_1_1     relu_le_pre_25  0.83786119695239225
    W_1_1     relu_le_pre_27  0.32558435733748015
    W_1_1     relu_le_pre_29  0.49334655177748649
    W_1_1     relu_le_pre_31  0.72899275702849664
    W_1_1     relu_le_pre_33  -0.36159502528059284
    W_1_1     relu_le_pre_35  -0.13213814810531985
    W_1_1     relu_le_pre_37  -0.016893548547593198
    W_1_1     relu_le_pre_39  0.63394875140335571
    W_1_1     relu_le_pre_41  0.022402252545749395
    W_1_1     relu_le_pre_43  0.50265749565103657
    W_1_1     relu_le_pre_45  0.6596737328897162
    W_1_1     relu_le_pre_47  0.89957204153204251
    W_1_1     relu_le_pre_49  -0.35092319249911569
    W_1_1     relu_le_pre_51  -0.14602970542351618
    W_1_1     relu_le_pre_53  -0.7013574375391004
    W_1_1     relu_le_pre_55  0.049681213471153687
    W_1_1     relu_le_pre_57  0.25564929247160656
    W_1_1     relu_le_pre_59  0.044299303613846937
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
    MARK0000  'MARKER'                 'INTORG'
    z_0_0     relu_le_pre_0  2.1845468446080156
    z_0_0     relu_le_onoff_0  -2.1845468446080156
    z_0_1     relu_le_pre_1  2.1845468446080156
    z_0_1     relu_le_onoff_1  -2.1845468446080156
    z_1_0     relu_le_pre_2  1.5252108851189674
    z_1_0     relu_le_onoff_2  -1.5252108851189674
    z_1_1     relu_le_pre_3  1.5252108851189674
    z_1_1     relu_le_onoff_3  -1.5252108851189674
    z_2_0     relu_le_pre_4  1.8571382558271479
    z_2_0     relu_le_onoff_4  -1.8571382558271479
    z_2_1     relu_le_pre_5  1.8571382558271479
    z_2_1     relu_le_onoff_5  -1.8571382558271479
    z_3_0     relu_le_pre_6  1.9911235396731937
    z_3_0     relu_le_onoff_6  -1.9911235396731937
    z_3_1     relu_le_pre_7  1.9911235396731937
    z_3_1     relu_le_onoff_7  -1.9911235396731937
    z_4_0     relu_le_pre_8  1.6595037122551082
    z_4_0     relu_le_onoff_8  -1.6595037122551082
    z_4_1     relu_le_pre_9  1.6595037122551082
    z_4_1     relu_le_onoff_9  -1.6595037122551082
    z_5_0     relu_le_pre_10  2.1849325466831306
    z_5_0     relu_le_onoff_10  -2.1849325466831306
    z_5_1     relu_le_pre_11  2.1849325466831306
    z_5_1     relu_le_onoff_11  -2.1849325466831306
    z_6_0     relu_le_pre_12  2.0980949270778186
    z_6_0     relu_le_onoff_12  -2.0980949270778186
    z_6_1     relu_le_pre_13  2.0980949270778186
    z_6_1     relu_le_onoff_13  -2.0980949270778186
    z_7_0     relu_le_pre_14  2.0677769733462643
    z_7_0     relu_le_onoff_14  -2.0677769733462643
    z_7_1     relu_le_pre_15  2.0677769733462643
    z_7_1     relu_le_onoff_15  -2.0677769733462643
    z_8_0     relu_le_pre_16  2.3337513927695275
    z_8_0     relu_le_onoff_16  -2.3337513927695275
    z_8_1     relu_le_pre_17  2.3337513927695275
    z_8_1     relu_le_onoff_17  -2.3337513927695275
    z_9_0     relu_le_pre_18  1.9718239455584736
    z_9_0     relu_le_onoff_18  -1.9718239455584736
    z_9_1     relu_le_pre_19  1.9718239455584736
    z_9_1     relu_le_onoff_19  -1.9718239455584736
    z_10_0    relu_le_pre_20  2.0420268099271341
    z_10_0    relu_le_onoff_20  -2.0420268099271341
    z_10_1    relu_le_pre_21  2.0420268099271341
    z_10_1    relu_le_onoff_21  -2.0420268099271341
    z_11_0    relu_le_pre_22  1.3972022091056846
    z_11_0    relu_le_onoff_22  -1.3972022091056846
    z_11_1    relu_le_pre_23  1.3972022091056846
    z_11_1    relu_le_onoff_23  -1.3972022091056846
    z_12_0    relu_le_pre_24  1.9421630531586604
    z_12_0    relu_le_onoff_24  -1.9421630531586604
    z_12_1    relu_le_pre_25  1.9421630531586604
    z_12_1    relu_le_onoff_25  -1.9421630531586604
    z_13_0    relu_le_pre_26  2.1867575144386953
    z_13_0    relu_le_onoff_26  -2.1867575144386953
    z_13_1    relu_le_pre_27  2.1867575144386953
    z_13_1    relu_le_onoff_27  -2.1867575144386953
    z_14_0    relu_le_pre_28  1.8906309937606773
    z_14_0    relu_le_onoff_28  -1.8906309937606773
    z_14_1    relu_le_pre_29  1.8906309937606773
    z_14_1    relu_le_onoff_29  -1.8906309937606773
    z_15_0    relu_le_pre_30  1.8767073466719446
    z_15_0    relu_le_onoff_30  -1.8767073466719446
    z_15_1    relu_le_pre_31  1.8767073466719446
    z_15_1    relu_le_onoff_31  -1.8767073466719446
    z_16_0    relu_le_pre_32  1.9521344307847381
    z_16_0    relu_le_onoff_32  -1.9521344307847381
    z_16_1    relu_le_pre_33  1.9521344307847381
    z_16_1    relu_le_onoff_33  -1.9521344307847381
    z_17_0    relu_le_pre_34  2.102221912331208
    z_17_0    relu_le_onoff_34  -2.102221912331208
    z_17_1    relu_le_pre_35  2.102221912331208
    z_17_1    relu_le_onoff_35  -2.102221912331208
    z_18_0    relu_le_pre_36  1.5799143725800491
    z_18_0    relu_le_onoff_36  -1.5799143725800491
    z_18_1    relu_le_pre_37  1.5799143725800491
    z_18_1    relu_le_onoff_37  -1.5799143725800491
    z_19_0    relu_le_pre_38  1.6478594498722372
    z_19_0    relu_le_onoff_38  -1.6478594498722372
    z_19_1    relu_le_pre_39  1.6478594498722372
    z_19_1    relu_le_onoff_39  -1.6478594498722372
    z_20_0    relu_le_pre_40  1.0428455446422349
    z_20_0    relu_le_onoff_40  -1.0428455446422349
    z_20_1    relu_le_pre_41  1.0428455446422349
    z_20_1    relu_le_onoff_41  -1.0428455446422349
    z_21_0    relu_le_pre_42  1.9119495390124468
    z_21_0    relu_le_onoff_42  -1.9119495390124468
    z_21_1    relu_le_pre_43  1.9119495390124468
    z_21_1    relu_le_onoff_43  -1.9119495390124468
    z_22_0    relu_le_pre_44  2.1026936785666996
    z_22_0    relu_le_onoff_44  -2.1026936785666996
    z_22_1    relu_le_pre_45  2.1026936785666996
    z_22_1    relu_le_onoff_45  -2.1026936785666996
    z_23_0    relu_le_pre_46  2.254158048419685
    z_23_0    relu_le_onoff_46  -2.254158048419685
    z_23_1    relu_le_pre_47  2.254158048419685
    z_23_1    relu_le_onoff_47  -2.254158048419685
    z_24_0    relu_le_pre_48  2.2456463327631662
    z_24_0    relu_le_onoff_48  -2.2456463327631662
    z_24_1    relu_le_pre_49  2.2456463327631662
    z_24_1    relu_le_onoff_49  -2.2456463327631662
    z_25_0    relu_le_pre_50  1.6992250944661391
    z_25_0    relu_le_onoff_50  -1.6992250944661391
    z_25_1    relu_le_pre_51  1.6992250944661391
    z_25_1    relu_le_onoff_51  -1.6992250944661391
    z_26_0    relu_le_pre_52  2.4063104646463014
    z_26_0    relu_le_onoff_52  -2.4063104646463014
    z_26_1    relu_le_pre_53  2.4063104646463014
    z_26_1    relu_le_onoff_53  -2.4063104646463014
    z_27_0    relu_le_pre_54  1.4800377136690157
    z_27_0    relu_le_onoff_54  -1.4800377136690157
    z_27_1    relu_le_pre_55  1.4800377136690157
    z_27_1    relu_le_onoff_55  -1.4800377136690157
    z_28_0    relu_le_pre_56  2.1262212063849826
    z_28_0    relu_le_onoff_56  -2.1262212063849826
    z_28_1    relu_le_pre_57  2.1262212063849826
    z_28_1    relu_le_onoff_57  -2.1262212063849826
    z_29_0    relu_le_pre_58  1.4383767817617015
    z_29_0    relu_le_onoff_58  -1.4383767817617015
    z_29_1    relu_le_pre_59  1.4383767817617015
    z_29_1    relu_le_onoff_59  -1.4383767817617015
    sgn_0     prod_le_sign_0  -2.1845468446080156
    sgn_0     prod_le_sign_2  -1.5252108851189674
    sgn_0     prod_le_sign_4  -1.8571382558271479
    sgn_0     prod_le_sign_6  -1.9911235396731937
    sgn_0     prod_le_sign_8  -1.6595037122551082
    sgn_0     prod_le_sign_10  -2.1849325466831306
    sgn_0     prod_le_sign_12  -2.0980949270778186
    sgn_0     prod_le_sign_14  -2.0677769733462643
    sgn_0     prod_le_sign_16  -2.3337513927695275
    sgn_0     prod_le_sign_18  -1.9718239455584736
    sgn_0     prod_le_sign_20  -2.0420268099271341
    sgn_0     prod_le_sign_22  -1.3972022091056846
    sgn_0     prod_le_sign_24  -1.9421630531586604
    sgn_0     prod_le_sign_26  -2.1867575144386953
    sgn_0     prod_le_sign_28  -1.8906309937606773
    sgn_0     prod_le_sign_30  -1.8767073466719446
    sgn_0     prod_le_sign_32  -1.9521344307847381
    sgn_0     prod_le_sign_34  -2.102221912331208
    sgn_0     prod_le_sign_36  -1.5799143725800491
    sgn_0     prod_le_sign_38  -1.6478594498722372
    sgn_0     prod_le_sign_40  -1.0428455446422349
    sgn_0     prod_le_sign_42  -1.9119495390124468
    sgn_0     prod_le_sign_44  -2.1026936785666996
    sgn_0     prod_le_sign_46  -2.254158048419685
    sgn_0     prod_le_sign_48  -2.2456463327631662
    sgn_0     prod_le_sign_50  -1.6992250944661391
    sgn_0     prod_le_sign_52  -2.4063104646463014
    sgn_0     prod_le_sign_54  -1.4800377136690157
    sgn_0     prod_le_sign_56  -2.1262212063849826
    sgn_0     prod_le_sign_58  -1.4383767817617015
    sgn_0     prod_ge_0  -2.1845468446080156
    sgn_0     prod_ge_2  -1.5252108851189674
    sgn_0     prod_ge_4  -1.8571382558271479
    sgn_0     prod_ge_6  -1.9911235396731937
    sgn_0     prod_ge_8  -1.6595037122551082
    sgn_0     prod_ge_10  -2.1849325466831306
    sgn_0     prod_ge_12  -2.0980949270778186
    sgn_0     prod_ge_14  -2.0677769733462643
    sgn_0     prod_ge_16  -2.3337513927695275
    sgn_0     prod_ge_18  -1.9718239455584736
    sgn_0     prod_ge_20  -2.0420268099271341
    sgn_0     prod_ge_22  -1.3972022091056846
    sgn_0     prod_ge_24  -1.9421630531586604
    sgn_0     prod_ge_26  -2.1867575144386953
    sgn_0     prod_ge_28  -1.8906309937606773
    sgn_0     prod_ge_30  -1.8767073466719446
    sgn_0     prod_ge_32  -1.9521344307847381
    sgn_0     prod_ge_34  -2.102221912331208
    sgn_0     prod_ge_36  -1.5799143725800491
    sgn_0     prod_ge_38  -1.6478594498722372
    sgn_0     prod_ge_40  -1.0428455446422349
    sgn_0     prod_ge_42  -1.9119495390124468
    sgn_0     prod_ge_44  -2.1026936785666996
    sgn_0     prod_ge_46  -2.254158048419685
    sgn_0     prod_ge_48  -2.2456463327631662
    sgn_0     prod_ge_50  -1.6992250944661391
    sgn_0     prod_ge_52  -2.4063104646463014
    sgn_0     prod_ge_54  -1.4800377136690157
    sgn_0     prod_ge_56  -2.1262212063849826
    sgn_0     prod_ge_58  -1.4383767817617015
    sgn_0     symmetry_sign_0  1
    sgn_0     symmetry_bias_0  2
    sgn_1     prod_le_sign_1  -2.1845468446080156
    sgn_1     prod_le_sign_3  -1.5252108851189674
    sgn_1     prod_le_sign_5  -1.8571382558271479
    sgn_1     prod_le_sign_7  -1.9911235396731937
    sgn_1     prod_le_sign_9  -1.6595037122551082
    sgn_1     prod_le_sign_11  -2.1849325466831306
    sgn_1     prod_le_sign_13  -2.0980949270778186
    sgn_1     prod_le_sign_15  -2.0677769733462643
    sgn_1     prod_le_sign_17  -2.3337513927695275
    sgn_1     prod_le_sign_19  -1.9718239455584736
    sgn_1     prod_le_sign_21  -2.0420268099271341
    sgn_1     prod_le_sign_23  -1.3972022091056846
    sgn_1     prod_le_sign_25  -1.9421630531586604
    sgn_1     prod_le_sign_27  -2.1867575144386953
    sgn_1     prod_le_sign_29  -1.8906309937606773
    sgn_1     prod_le_sign_31  -1.8767073466719446
    sgn_1     prod_le_sign_33  -1.9521344307847381
    sgn_1     prod_le_sign_35  -2.102221912331208
    sgn_1     prod_le_sign_37  -1.5799143725800491
    sgn_1     prod_le_sign_39  -1.6478594498722372
    sgn_1     prod_le_sign_41  -1.0428455446422349
    sgn_1     prod_le_sign_43  -1.9119495390124468
    sgn_1     prod_le_sign_45  -2.1026936785666996
    sgn_1     prod_le_sign_47  -2.254158048419685
    sgn_1     prod_le_sign_49  -2.2456463327631662
    sgn_1     prod_le_sign_51  -1.6992250944661391
    sgn_1     prod_le_sign_53  -2.4063104646463014
    sgn_1     prod_le_sign_55  -1.4800377136690157
    sgn_1     prod_le_sign_57  -2.1262212063849826
    sgn_1     prod_le_sign_59  -1.4383767817617015
    sgn_1     prod_ge_1  -2.1845468446080156
    sgn_1     prod_ge_3  -1.5252108851189674
    sgn_1     prod_ge_5  -1.8571382558271479
    sgn_1     prod_ge_7  -1.9911235396731937
    sgn_1     prod_ge_9  -1.6595037122551082
    sgn_1     prod_ge_11  -2.1849325466831306
    sgn_1     prod_ge_13  -2.0980949270778186
    sgn_1     prod_ge_15  -2.0677769733462643
    sgn_1     prod_ge_17  -2.3337513927695275
    sgn_1     prod_ge_19  -1.9718239455584736
    sgn_1     prod_ge_21  -2.0420268099271341
    sgn_1     prod_ge_23  -1.3972022091056846
    sgn_1     prod_ge_25  -1.9421630531586604
    sgn_1     prod_ge_27  -2.1867575144386953
    sgn_1     prod_ge_29  -1.8906309937606773
    sgn_1     prod_ge_31  -1.8767073466719446
    sgn_1     prod_ge_33  -1.9521344307847381
    sgn_1     prod_ge_35  -2.102221912331208
    sgn_1     prod_ge_37  -1.5799143725800491
    sgn_1     prod_ge_39  -1.6478594498722372
    sgn_1     prod_ge_41  -1.0428455446422349
    sgn_1     prod_ge_43  -1.9119495390124468
    sgn_1     prod_ge_45  -2.1026936785666996
    sgn_1     prod_ge_47  -2.254158048419685
    sgn_1     prod_ge_49  -2.2456463327631662
    sgn_1     prod_ge_51  -1.6992250944661391
    sgn_1     prod_ge_53  -2.4063104646463014
    sgn_1     prod_ge_55  -1.4800377136690157
    sgn_1     prod_ge_57  -2.1262212063849826
    sgn_1     prod_ge_59  -1.4383767817617015
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
RHS
    RHS_V     relu_le_pre_0  2.1845468446080156
    RHS_V     relu_le_pre_1  2.1845468446080156
    RHS_V     relu_le_pre_2  1.5252108851189674
    RHS_V     relu_le_pre_3  1.5252108851189674
    RHS_V     relu_le_pre_4  1.8571382558271479
    RHS_V     relu_le_pre_5  1.8571382558271479
    RHS_V     relu_le_pre_6  1.9911235396731937
    RHS_V     relu_le_pre_7  1.9911235396731937
    RHS_V     relu_le_pre_8  1.6595037122551082
    RHS_V     relu_le_pre_9  1.6595037122551082
    RHS_V     relu_le_pre_10  2.1849325466831306
    RHS_V     relu_le_pre_11  2.1849325466831306
    RHS_V     relu_le_pre_12  2.0980949270778186
    RHS_V     relu_le_pre_13  2.0980949270778186
    RHS_V     relu_le_pre_14  2.0677769733462643
    RHS_V     relu_le_pre_15  2.0677769733462643
    RHS_V     relu_le_pre_16  2.3337513927695275
    RHS_V     relu_le_pre_17  2.3337513927695275
    RHS_V     relu_le_pre_18  1.9718239455584736
    RHS_V     relu_le_pre_19  1.9718239455584736
    RHS_V     relu_le_pre_20  2.0420268099271341
    RHS_V     relu_le_pre_21  2.0420268099271341
    RHS_V     relu_le_pre_22  1.3972022091056846
    RHS_V     relu_le_pre_23  1.3972022091056846
    RHS_V     relu_le_pre_24  1.9421630531586604
    RHS_V     relu_le_pre_25  1.9421630531586604
    RHS_V     relu_le_pre_26  2.1867575144386953
    RHS_V     relu_le_pre_27  2.1867575144386953
    RHS_V     relu_le_pre_28  1.8906309937606773
    RHS_V     relu_le_pre_29  1.8906309937606773
    RHS_V     relu_le_pre_30  1.8767073466719446
    RHS_V     relu_le_pre_31  1.8767073466719446
    RHS_V     relu_le_pre_32  1.9521344307847381
    RHS_V     relu_le_pre_33  1.9521344307847381
    RHS_V     relu_le_pre_34  2.102221912331208
    RHS_V     relu_le_pre_35  2.102221912331208
    RHS_V     relu_le_pre_36  1.5799143725800491
    RHS_V     relu_le_pre_37  1.5799143725800491
    RHS_V     relu_le_pre_38  1.6478594498722372
    RHS_V     relu_le_pre_39  1.6478594498722372
    RHS_V     relu_le_pre_40  1.0428455446422349
    RHS_V     relu_le_pre_41  1.0428455446422349
    RHS_V     relu_le_pre_42  1.9119495390124468
    RHS_V     relu_le_pre_43  1.9119495390124468
    RHS_V     relu_le_pre_44  2.1026936785666996
    RHS_V     relu_le_pre_45  2.1026936785666996
    RHS_V     relu_le_pre_46  2.254158048419685
    RHS_V     relu_le_pre_47  2.254158048419685
    RHS_V     relu_le_pre_48  2.2456463327631662
    RHS_V     relu_le_pre_49  2.2456463327631662
    RHS_V     relu_le_pre_50  1.6992250944661391
    RHS_V     relu_le_pre_51  1.6992250944661391
    RHS_V     relu_le_pre_52  2.4063104646463014
    RHS_V     relu_le_pre_53  2.4063104646463014
    RHS_V     relu_le_pre_54  1.4800377136690157
    RHS_V     relu_le_pre_55  1.4800377136690157
    RHS_V     relu_le_pre_56  2.1262212063849826
    RHS_V     relu_le_pre_57  2.1262212063849826
    RHS_V     relu_le_pre_58  1.4383767817617015
    RHS_V     relu_le_pre_59  1.4383767817617015
    RHS_V     prod_ge_0  -2.1845468446080156
    RHS_V     prod_ge_1  -2.1845468446080156
    RHS_V     prod_ge_2  -1.5252108851189674
    RHS_V     prod_ge_3  -1.5252108851189674
    RHS_V     prod_ge_4  -1.8571382558271479
    RHS_V     prod_ge_5  -1.8571382558271479
    RHS_V     prod_ge_6  -1.9911235396731937
    RHS_V     prod_ge_7  -1.9911235396731937
    RHS_V     prod_ge_8  -1.6595037122551082
    RHS_V     prod_ge_9  -1.6595037122551082
    RHS_V     prod_ge_10  -2.1849325466831306
    RHS_V     prod_ge_11  -2.1849325466831306
    RHS_V     prod_ge_12  -2.0980949270778186
    RHS_V     prod_ge_13  -2.0980949270778186
    RHS_V     prod_ge_14  -2.0677769733462643
    RHS_V     prod_ge_15  -2.0677769733462643
    RHS_V     prod_ge_16  -2.3337513927695275
    RHS_V     prod_ge_17  -2.3337513927695275
    RHS_V     prod_ge_18  -1.9718239455584736
    RHS_V     prod_ge_19  -1.9718239455584736
    RHS_V     prod_ge_20  -2.0420268099271341
    RHS_V     prod_ge_21  -2.0420268099271341
    RHS_V     prod_ge_22  -1.3972022091056846
    RHS_V     prod_ge_23  -1.3972022091056846
    RHS_V     prod_ge_24  -1.9421630531586604
    RHS_V     prod_ge_25  -1.9421630531586604
    RHS_V     prod_ge_26  -2.1867575144386953
    RHS_V     prod_ge_27  -2.1867575144386953
    RHS_V     prod_ge_28  -1.8906309937606773
    RHS_V     prod_ge_29  -1.8906309937606773
    RHS_V     prod_ge_30  -1.8767073466719446
    RHS_V     prod_ge_31  -1.8767073466719446
    RHS_V     prod_ge_32  -1.9521344307847381
    RHS_V     prod_ge_33  -1.9521344307847381
    RHS_V     prod_ge_34  -2.102221912331208
    RHS_V     prod_ge_35  -2.102221912331208
    RHS_V     prod_ge_36  -1.5799143725800491
    RHS_V     prod_ge_37  -1.5799143725800491
    RHS_V     prod_ge_38  -1.6478594498722372
    RHS_V     prod_ge_39  -1.6478594498722372
    RHS_V     prod_ge_40  -1.0428455446422349
    RHS_V     prod_ge_41  -1.0428455446422349
    RHS_V     prod_ge_42  -1.9119495390124468
    RHS_V     prod_ge_43  -1.9119495390124468
    RHS_V     prod_ge_44  -2.1026936785666996
    RHS_V     prod_ge_45  -2.1026936785666996
    RHS_V     prod_ge_46  -2.254158048419685
    RHS_V     prod_ge_47  -2.254158048419685
    RHS_V     prod_ge_48  -2.2456463327631662
    RHS_V     prod_ge_49  -2.2456463327631662
    RHS_V     prod_ge_50  -1.6992250944661391
    RHS_V     prod_ge_51  -1.6992250944661391
    RHS_V     prod_ge_52  -2.4063104646463014
    RHS_V     prod_ge_53  -2.4063104646463014
    RHS_V     prod_ge_54  -1.4800377136690157
    RHS_V     prod_ge_55  -1.4800377136690157
    RHS_V     prod_ge_56  -2.1262212063849826
    RHS_V     prod_ge_57  -2.1262212063849826
    RHS_V     prod_ge_58  -1.4383767817617015
    RHS_V     prod_ge_59  -1.4383767817617015
    RHS_V     residual_0  -0.023212229581874081
    RHS_V     residual_1  -0.023931923152636227
    RHS_V     residual_2  -0.036065787392430236
    RHS_V     residual_3  -0.17598767921334646
    RHS_V     residual_4  -0.020935138087739124
    RHS_V     residual_5  -0.019017636360756943
    RHS_V     residual_6  0.0050220926416253255
    RHS_V     residual_7  -0.081721862748424995
    RHS_V     residual_8  0.023955907539847176
    RHS_V     residual_9  -0.078804492271761312
    RHS_V     residual_10  0.086676479280655347
    RHS_V     residual_11  0.017390518499426771
    RHS_V     residual_12  -0.16954888109519034
    RHS_V     residual_13  0.045352447884290513
    RHS_V     residual_14  0.0008827805454919486
    RHS_V     residual_15  -0.11432479110607052
    RHS_V     residual_16  -0.03167544627168082
    RHS_V     residual_17  -0.049671589512592873
    RHS_V     residual_18  0.0024059491994919292
    RHS_V     residual_19  0.014694799308505258
    RHS_V     residual_20  -0.016252604940318934
    RHS_V     residual_21  0.021041206252817746
    RHS_V     residual_22  0.030863076322847169
    RHS_V     residual_23  -0.20197301384844996
    RHS_V     residual_24  0.012876116196174587
    RHS_V     residual_25  -0.015321846342593717
    RHS_V     residual_26  -0.052962804991392234
    RHS_V     residual_27  -0.051292359971829862
    RHS_V     residual_28  -0.00076425715826811005
    RHS_V     residual_29  0.021693170560008468
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
 UP BOUND     h_0_0     2.1845468446080156
 UP BOUND     h_0_1     2.1845468446080156
 UP BOUND     h_1_0     1.5252108851189674
 UP BOUND     h_1_1     1.5252108851189674
 UP BOUND     h_2_0     1.8571382558271479
 UP BOUND     h_2_1     1.8571382558271479
 UP BOUND     h_3_0     1.9911235396731937
 UP BOUND     h_3_1     1.9911235396731937
 UP BOUND     h_4_0     1.6595037122551082
 UP BOUND     h_4_1     1.6595037122551082
 UP BOUND     h_5_0     2.1849325466831306
 UP BOUND     h_5_1     2.1849325466831306
 UP BOUND     h_6_0     2.0980949270778186
 UP BOUND     h_6_1     2.0980949270778186
 UP BOUND     h_7_0     2.0677769733462643
 UP BOUND     h_7_1     2.0677769733462643
 UP BOUND     h_8_0     2.3337513927695275
 UP BOUND     h_8_1     2.3337513927695275
 UP BOUND     h_9_0     1.9718239455584736
 UP BOUND     h_9_1     1.9718239455584736
 UP BOUND     h_10_0    2.0420268099271341
 UP BOUND     h_10_1    2.0420268099271341
 UP BOUND     h_11_0    1.3972022091056846
 UP BOUND     h_11_1    1.3972022091056846
 UP BOUND     h_12_0    1.9421630531586604
 UP BOUND     h_12_1    1.9421630531586604
 UP BOUND     h_13_0    2.1867575144386953
 UP BOUND     h_13_1    2.1867575144386953
 UP BOUND     h_14_0    1.8906309937606773
 UP BOUND     h_14_1    1.8906309937606773
 UP BOUND     h_15_0    1.8767073466719446
 UP BOUND     h_15_1    1.8767073466719446
 UP BOUND     h_16_0    1.9521344307847381
 UP BOUND     h_16_1    1.9521344307847381
 UP BOUND     h_17_0    2.102221912331208
 UP BOUND     h_17_1    2.102221912331208
 UP BOUND     h_18_0    1.5799143725800491
 UP BOUND     h_18_1    1.5799143725800491
 UP BOUND     h_19_0    1.6478594498722372
 UP BOUND     h_19_1    1.6478594498722372
 UP BOUND     h_20_0    1.0428455446422349
 UP BOUND     h_20_1    1.0428455446422349
 UP BOUND     h_21_0    1.9119495390124468
 UP BOUND     h_21_1    1.9119495390124468
 UP BOUND     h_22_0    2.1026936785666996
 UP BOUND     h_22_1    2.1026936785666996
 UP BOUND     h_23_0    2.254158048419685
 UP BOUND     h_23_1    2.254158048419685
 UP BOUND     h_24_0    2.2456463327631662
 UP BOUND     h_24_1    2.2456463327631662
 UP BOUND     h_25_0    1.6992250944661391
 UP BOUND     h_25_1    1.6992250944661391
 UP BOUND     h_26_0    2.4063104646463014
 UP BOUND     h_26_1    2.4063104646463014
 UP BOUND     h_27_0    1.4800377136690157
 UP BOUND     h_27_1    1.4800377136690157
 UP BOUND     h_28_0    2.1262212063849826
 UP BOUND     h_28_1    2.1262212063849826
 UP BOUND     h_29_0    1.4383767817617015
 UP BOUND     h_29_1    1.4383767817617015
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
 BV BOUND     sgn_0   
 BV BOUND     sgn_1   
 UP BOUND     g_0_0     2.1845468446080156
 UP BOUND     g_0_1     2.1845468446080156
 UP BOUND     g_1_0     1.5252108851189674
 UP BOUND     g_1_1     1.5252108851189674
 UP BOUND     g_2_0     1.8571382558271479
 UP BOUND     g_2_1     1.8571382558271479
 UP BOUND     g_3_0     1.9911235396731937
 UP BOUND     g_3_1     1.9911235396731937
 UP BOUND     g_4_0     1.6595037122551082
 UP BOUND     g_4_1     1.6595037122551082
 UP BOUND     g_5_0     2.1849325466831306
 UP BOUND     g_5_1     2.1849325466831306
 UP BOUND     g_6_0     2.0980949270778186
 UP BOUND     g_6_1     2.0980949270778186
 UP BOUND     g_7_0     2.0677769733462643
 UP BOUND     g_7_1     2.0677769733462643
 UP BOUND     g_8_0     2.3337513927695275
 UP BOUND     g_8_1     2.3337513927695275
 UP BOUND     g_9_0     1.9718239455584736
 UP BOUND     g_9_1     1.9718239455584736
 UP BOUND     g_10_0    2.0420268099271341
 UP BOUND     g_10_1    2.0420268099271341
 UP BOUND     g_11_0    1.3972022091056846
 UP BOUND     g_11_1    1.3972022091056846
 UP BOUND     g_12_0    1.9421630531586604
 UP BOUND     g_12_1    1.9421630531586604
 UP BOUND     g_13_0    2.1867575144386953
 UP BOUND     g_13_1    2.1867575144386953
 UP BOUND     g_14_0    1.8906309937606773
 UP BOUND     g_14_1    1.8906309937606773
 UP BOUND     g_15_0    1.8767073466719446
 UP BOUND     g_15_1    1.8767073466719446
 UP BOUND     g_16_0    1.9521344307847381
 UP BOUND     g_16_1    1.9521344307847381
 UP BOUND     g_17_0    2.102221912331208
 UP BOUND     g_17_1    2.102221912331208
 UP BOUND     g_18_0    1.5799143725800491
 UP BOUND     g_18_1    1.5799143725800491
 UP BOUND     g_19_0    1.6478594498722372
 UP BOUND     g_19_1    1.6478594498722372
 UP BOUND     g_20_0    1.0428455446422349
 UP BOUND     g_20_1    1.0428455446422349
 UP BOUND     g_21_0    1.9119495390124468
 UP BOUND     g_21_1    1.9119495390124468
 UP BOUND     g_22_0    2.1026936785666996
 UP BOUND     g_22_1    2.1026936785666996
 UP BOUND     g_23_0    2.254158048419685
 UP BOUND     g_23_1    2.254158048419685
 UP BOUND     g_24_0    2.2456463327631662
 UP BOUND     g_24_1    2.2456463327631662
 UP BOUND     g_25_0    1.6992250944661391
 UP BOUND     g_25_1    1.6992250944661391
 UP BOUND     g_26_0    2.4063104646463014
 UP BOUND     g_26_1    2.4063104646463014
 UP BOUND     g_27_0    1.4800377136690157
 UP BOUND     g_27_1    1.4800377136690157
 UP BOUND     g_28_0    2.1262212063849826
 UP BOUND     g_28_1    2.1262212063849826
 UP BOUND     g_29_0    1.4383767817617015
 UP BOUND     g_29_1    1.4383767817617015
ENDATA
