// The one InputSize, the workloads library's, which Core names as its own (src/BenchHarness.Core/Model/InputSize.cs).
global using InputSize = BenchHarness.Workloads.Catalog.InputSize;
