from cablegram.cli import main

raise SystemExit(main())
