x = ab€cd
