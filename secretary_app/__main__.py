from secretary_app.cli import main

raise SystemExit(main())
