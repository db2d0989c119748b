module example.com/edgecache

go 1.22
