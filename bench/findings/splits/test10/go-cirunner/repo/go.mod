module example.com/ci-agent

go 1.22
