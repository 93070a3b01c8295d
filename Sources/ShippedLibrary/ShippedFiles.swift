/// The scenario library shipped inside the binary, by path relative to `scenarios/`, so
/// `callcoach play ID` works from any directory. `all` is generated at build time by the
/// EmbedScenarios plugin from the files under `scenarios/`; nothing generated is kept in git.
public enum ShippedFiles {}
