from t import x,y, and 3
