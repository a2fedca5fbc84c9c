"""Around the pipeline: what changed since the committed package, the next version and its
changelog entry (`diff`, `generate`), fetching published documents (`fetch`), building and
publishing the packages (`build`, `publish`)."""
