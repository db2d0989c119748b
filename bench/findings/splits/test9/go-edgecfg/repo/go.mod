module example.com/edgecfg

go 1.22
