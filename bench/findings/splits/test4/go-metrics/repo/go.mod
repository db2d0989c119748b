module example.com/aggd

go 1.22
