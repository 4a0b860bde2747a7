acc, odd odd = run(6000000)
