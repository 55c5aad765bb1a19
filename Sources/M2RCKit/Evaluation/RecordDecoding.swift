import Foundation

/// The fields the evaluator reads from one JSON line of a dataset or prediction file. Other fields are skipped
/// unread; a field of the wrong type is reported by name.
struct RecordFields: Decodable {
    var taskID: FieldValue<String>
    var metadataTaskID: FieldValue<String>
    var language: FieldValue<String>
    var groundtruth: FieldValue<String>
    var prompt: FieldValue<String>
    var prediction: FieldValue<String>
    var pred: FieldValue<String>
    var bucket: FieldValue<String>
    var semanticClass: FieldValue<String>
    var difficulty: FieldValue<String>
    var hasLabels: Bool

    init(from decoder: any Decoder) throws {
        let record: KeyedDecodingContainer<AnyCodingKey>
        do {
            record = try decoder.container(keyedBy: AnyCodingKey.self)
        } catch {
            throw RecordShapeError.notAnObject
        }
        taskID = Self.identifier(record, "task_id")
        language = Self.text(record, "language")
        groundtruth = Self.text(record, "groundtruth")
        // Prompts can be most of a record; they are read only when a post-processing rule needs them.
        prompt = decoder.userInfo[Self.readsPromptKey] as? Bool == false ? .absent : Self.text(record, "prompt")
        prediction = Self.text(record, "prediction")
        pred = Self.text(record, "pred")
        if let metadata = try? record.nestedContainer(keyedBy: AnyCodingKey.self, forKey: AnyCodingKey(stringValue: "metadata")) {
            metadataTaskID = Self.identifier(metadata, "task_id")
        } else {
            metadataTaskID = .absent
        }
        let labelsKey = AnyCodingKey(stringValue: "labels")
        if let labels = try? record.nestedContainer(keyedBy: AnyCodingKey.self, forKey: labelsKey) {
            hasLabels = true
            bucket = Self.scalar(labels, "bucket")
            semanticClass = Self.scalar(labels, "semantic_class")
            difficulty = Self.scalar(labels, "difficulty")
        } else {
            hasLabels = false
            (bucket, semanticClass, difficulty) = (.absent, .absent, .absent)
        }
    }

    /// A string field; null counts as absent.
    private static func text(_ container: KeyedDecodingContainer<AnyCodingKey>, _ name: String) -> FieldValue<String> {
        let key = AnyCodingKey(stringValue: name)
        guard container.contains(key), (try? container.decodeNil(forKey: key)) == false else { return .absent }
        if let value = try? container.decode(String.self, forKey: key) { return .value(value) }
        return .wrongType
    }

    /// A string or an integer (some benchmarks number their tasks), as text.
    private static func identifier(_ container: KeyedDecodingContainer<AnyCodingKey>, _ name: String) -> FieldValue<String> {
        let key = AnyCodingKey(stringValue: name)
        if case .wrongType = text(container, name), let number = try? container.decode(Int.self, forKey: key) {
            return .value(String(number))
        }
        return text(container, name)
    }

    /// A label: a string, an integer or a number, as text.
    private static func scalar(_ container: KeyedDecodingContainer<AnyCodingKey>, _ name: String) -> FieldValue<String> {
        let key = AnyCodingKey(stringValue: name)
        let asText = text(container, name)
        guard case .wrongType = asText else { return asText }
        if let number = try? container.decode(Int.self, forKey: key) { return .value(String(number)) }
        if let number = try? container.decode(Double.self, forKey: key) { return .value(JSONValue.double(number).serialized()) }
        if let flag = try? container.decode(Bool.self, forKey: key) { return .value(flag ? "true" : "false") }
        return .wrongType
    }

    static let readsPromptKey = CodingUserInfoKey(rawValue: "m2rc.readsPrompt")!

    /// Decodes one line, or says in a few words why it is not a record.
    static func decode(_ bytes: [UInt8], readingPrompt: Bool = true) -> Result<RecordFields, RecordShapeError> {
        do {
            let decoder = JSONDecoder()
            decoder.userInfo[readsPromptKey] = readingPrompt
            return .success(try decoder.decode(RecordFields.self, from: Data(bytes)))
        } catch let error as RecordShapeError {
            return .failure(error)
        } catch {
            return .failure(.malformedJSON)
        }
    }
}

/// A field that is there with the right type, missing (or null), or there with another type.
extension RecordFields {
    /// The record's task id: `task_id`, else CrossCodeEval's `metadata.task_id`; or why there is none.
    /// Datasets and predictions follow the same rule.
    func resolvedTaskID() -> TaskIDResolution {
        switch (taskID, metadataTaskID) {
        case (.value(let id), _), (.absent, .value(let id)): return .id(id)
        case (.wrongType, _): return .problem("\"task_id\" must be a string or an integer")
        default: return .problem("missing \"task_id\"")
        }
    }
}

enum TaskIDResolution {
    case id(String)
    case problem(String)
}

enum FieldValue<Value> {
    case value(Value)
    case absent
    case wrongType

    var value: Value? { if case .value(let value) = self { value } else { nil } }
}

enum RecordShapeError: Error {
    case malformedJSON
    case notAnObject

    var message: String {
        switch self {
        case .malformedJSON: return "not valid JSON"
        case .notAnObject: return "not a JSON object"
        }
    }
}
