"""Jobs: validated requests, provider runs in parallel, durable job documents."""
