extension Shard {
    /// Why the shard a run is cannot be settled, in one line that names the option or the
    /// variable at fault.
    public struct ChoiceError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The line a user sees.
        public var description: String

        /// An error that says `description`.
        public init(_ description: String) {
            self.description = description
        }
    }

    /// The variables of the schedulers' environments a run reads its shard from.
    public enum Variable {
        /// Slurm: the task's id in its job array.
        public static let slurmTaskID = "SLURM_ARRAY_TASK_ID"
        /// Slurm: how many tasks the array has.
        public static let slurmTaskCount = "SLURM_ARRAY_TASK_COUNT"
        /// Slurm: the array's lowest task id (`--array=1-4` starts at 1).
        public static let slurmTaskMin = "SLURM_ARRAY_TASK_MIN"
        /// Slurm: the step between task ids (`--array=0-6:2`).
        public static let slurmTaskStep = "SLURM_ARRAY_TASK_STEP"
        /// Kubernetes: the pod's index in an Indexed Job, from 0.
        public static let completionIndex = "JOB_COMPLETION_INDEX"
    }

    /// The shard a run is, from its options and its scheduler's environment; `nil` for a run of
    /// the whole input. The options win over the environment:
    ///
    /// 1. `--shard I/N` (`flag`) is that shard; `--shard-count`, if given too, must say N.
    /// 2. In a Slurm array task, the task's place in the array: `(SLURM_ARRAY_TASK_ID -
    ///    SLURM_ARRAY_TASK_MIN) / SLURM_ARRAY_TASK_STEP` of `SLURM_ARRAY_TASK_COUNT` (or of
    ///    `--shard-count`), so that `--array=1-4` runs shards 0 to 3 of 4 as `--array=0-3` does.
    /// 3. In a Kubernetes Indexed Job, `JOB_COMPLETION_INDEX` of `--shard-count` (the pod does
    ///   not see the Job's completions; the count must be given).
    ///
    /// - Throws: `ChoiceError` when a value is not a number, an index is not below its count, or
    ///   `--shard-count` comes without an index.
    public static func chosen(flag: String?, count: Int?, environment: [String: String]) throws(ChoiceError) -> Shard? {
        if let count, count < 1 { throw ChoiceError("--shard-count \(count): must be at least 1") }
        if let flag {
            guard let shard = Shard(parsing: flag) else {
                throw ChoiceError("--shard \(flag): expected I/N, two numbers with 0 <= I < N")
            }
            if let count, count != shard.count {
                throw ChoiceError("--shard \(flag) and --shard-count \(count) disagree on the count")
            }
            return shard
        }
        if let taskID = environment[Variable.slurmTaskID], !taskID.isEmpty {
            return try slurmTask(taskID, count: count, environment: environment)
        }
        if let completionIndex = environment[Variable.completionIndex], !completionIndex.isEmpty {
            guard let index = decimal(completionIndex) else {
                throw ChoiceError("\(Variable.completionIndex)=\(completionIndex): not a number")
            }
            guard let count else {
                throw ChoiceError("\(Variable.completionIndex) is set: pass --shard-count N, the Job's completions")
            }
            guard let shard = Shard(index: index, count: count) else {
                throw ChoiceError("\(Variable.completionIndex)=\(index) is not below --shard-count \(count)")
            }
            return shard
        }
        if let count {
            throw ChoiceError("--shard-count \(count) needs --shard, \(Variable.slurmTaskID) or \(Variable.completionIndex)")
        }
        return nil
    }

    /// The shard of the Slurm array task `taskID`.
    private static func slurmTask(_ taskID: String, count: Int?, environment: [String: String]) throws(ChoiceError) -> Shard {
        func number(_ name: String, default fallback: Int) throws(ChoiceError) -> Int {
            guard let text = environment[name], !text.isEmpty else { return fallback }
            guard let value = decimal(text) else { throw ChoiceError("\(name)=\(text): not a number") }
            return value
        }
        let id = try number(Variable.slurmTaskID, default: 0)
        let minimum = try number(Variable.slurmTaskMin, default: 0)
        let step = max(1, try number(Variable.slurmTaskStep, default: 1))
        let total: Int
        if let count {
            total = count
        } else if environment[Variable.slurmTaskCount]?.isEmpty == false {
            total = try number(Variable.slurmTaskCount, default: 0)
        } else {
            throw ChoiceError("\(Variable.slurmTaskID) is set without \(Variable.slurmTaskCount): pass --shard-count N")
        }
        let offset = id - minimum
        guard offset >= 0, offset % step == 0, let shard = Shard(index: offset / step, count: total) else {
            throw ChoiceError("""
                \(Variable.slurmTaskID)=\(id) (array from \(minimum), step \(step)) is not one of \(total) shards: \
                submit the array as one range, --array=0-\(max(0, total - 1))
                """)
        }
        return shard
    }
}
