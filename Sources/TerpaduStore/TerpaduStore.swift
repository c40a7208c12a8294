// TerpaduStore: filled in by issue 3.
