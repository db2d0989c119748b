module example.com/vaultsync

go 1.22
