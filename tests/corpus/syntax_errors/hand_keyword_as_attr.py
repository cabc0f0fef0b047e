a.if = 1
