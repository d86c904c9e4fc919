import IngestKit

print("ingest \(ArticleProcessor.pipelineVersion)")
