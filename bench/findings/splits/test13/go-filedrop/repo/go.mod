module example.com/filedrop

go 1.22
