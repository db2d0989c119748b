module example.com/parkgate

go 1.22
