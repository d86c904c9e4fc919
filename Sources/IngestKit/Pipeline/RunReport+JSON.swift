extension RunReport {
    /// The report as written to `report.json`.
    public var json: JSONValue {
        .object([
            ("pipeline", .object([("version", .string(ArticleProcessor.pipelineVersion))])),
            ("jobs", .integer(jobs)),
            ("full", .bool(full)),
            ("interrupted", .bool(interrupted)),
            ("counts", .object([
                ("sources", .integer(sources)),
                ("new", .integer(new)),
                ("changed", .integer(changed)),
                ("unchanged", .integer(unchanged)),
                ("removed", .integer(removed)),
                ("failed", .integer(failed)),
                ("skipped", .integer(skippedCount)),
                ("processed", .integer(processed)),
            ])),
            ("failures", .array(failures.map { failure in
                .object([("path", .string(failure.path)), ("code", .string(failure.code.rawValue)),
                         ("reason", .string(failure.reason))])
            })),
            ("skipped", .array(skipped.map { .object([("path", .string($0.path)), ("reason", .string($0.reason))]) })),
            ("seconds", .object([
                ("crawl", .fixed(times.crawl, decimals: 6)),
                ("read", .fixed(times.read, decimals: 6)),
                ("process", .fixed(times.process, decimals: 6)),
                ("write", .fixed(times.write, decimals: 6)),
                ("finish", .fixed(times.finish, decimals: 6)),
                ("total", .fixed(times.total, decimals: 6)),
            ])),
            ("documentsPerSecond", .fixed(documentsPerSecond, decimals: 1)),
            ("datasetRewritten", .bool(datasetRewritten)),
        ])
    }
}
