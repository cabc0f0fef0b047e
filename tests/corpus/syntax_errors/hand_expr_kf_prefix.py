kf'hello'
