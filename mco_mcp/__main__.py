from mco_mcp.cli import main

raise SystemExit(main())
