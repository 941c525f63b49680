// The one InputSize is the workloads library's: the probe, which runs the workloads, cannot depend on Core, so Core
// references the workloads library and names its enum as its own (Suite.Size, result.json's "small"/"standard").
global using InputSize = BenchHarness.Workloads.Catalog.InputSize;
