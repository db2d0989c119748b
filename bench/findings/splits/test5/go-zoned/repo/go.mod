module example.com/zoned

go 1.22
