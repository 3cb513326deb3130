/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const spark = $root.spark = (() => {

    /**
     * Namespace spark.
     * @exports spark
     * @namespace
     */
    const spark = {};

    spark.connect = (function() {

        /**
         * Namespace connect.
         * @memberof spark
         * @namespace
         */
        const connect = {};

        connect.Plan = (function() {

            /**
             * Properties of a Plan.
             * @typedef {Object} spark.connect.Plan.$Properties
             * @property {spark.connect.Relation.$Properties|null} [root] Plan root
             * @property {spark.connect.Command.$Properties|null} [command] Plan command
             * @property {"root"|"command"} [opType] Plan opType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Plan.
             * @memberof spark.connect
             * @interface IPlan
             * @augments spark.connect.Plan.$Properties
             * @deprecated Use spark.connect.Plan.$Properties instead.
             */

            /**
             * Narrowed shape of a Plan.
             * @typedef {{
             *   root?: spark.connect.Relation.$Shape|null;
             *   command?: spark.connect.Command.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ opType?: undefined; root?: null; command?: null }|{ opType?: "root"; root: spark.connect.Relation.$Shape; command?: null }|{ opType?: "command"; root?: null; command: spark.connect.Command.$Shape })
             * )} spark.connect.Plan.$Shape
             */

            /**
             * Constructs a new Plan.
             * @memberof spark.connect
             * @classdesc Represents a Plan.
             * @constructor
             * @param {spark.connect.Plan.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Plan = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Plan root.
             * @member {spark.connect.Relation.$Properties|null|undefined} root
             * @memberof spark.connect.Plan
             * @instance
             */
            Plan.prototype.root = null;

            /**
             * Plan command.
             * @member {spark.connect.Command.$Properties|null|undefined} command
             * @memberof spark.connect.Plan
             * @instance
             */
            Plan.prototype.command = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Plan opType.
             * @member {"root"|"command"|undefined} opType
             * @memberof spark.connect.Plan
             * @instance
             */
            $Object.defineProperty(Plan.prototype, "opType", {
                get: $util.oneOfGetter($oneOfFields = ["root", "command"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Plan message. Does not implicitly {@link spark.connect.Plan.verify|verify} messages.
             * @function encode
             * @memberof spark.connect.Plan
             * @static
             * @param {spark.connect.Plan.$Properties} message Plan message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Plan.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.root != null && $Object.hasOwnProperty.call(message, "root"))
                    $root.spark.connect.Relation.encode(message.root, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.spark.connect.Command.encode(message.command, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Plan message from the specified reader or buffer.
             * @function decode
             * @memberof spark.connect.Plan
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spark.connect.Plan & spark.connect.Plan.$Shape} Plan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Plan.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spark.connect.Plan();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.root = $root.spark.connect.Relation.decode(reader, reader.size(), $undefined, _depth + 1, message.root);
                            message.opType = "root";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.spark.connect.Command.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            message.opType = "command";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Plan;
        })();

        connect.Relation = (function() {

            /**
             * Properties of a Relation.
             * @typedef {Object} spark.connect.Relation.$Properties
             * @property {spark.connect.SQL.$Properties|null} [sql] Relation sql
             * @property {spark.connect.LocalRelation.$Properties|null} [localRelation] Relation localRelation
             * @property {"sql"|"localRelation"} [relType] Relation relType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Relation.
             * @memberof spark.connect
             * @interface IRelation
             * @augments spark.connect.Relation.$Properties
             * @deprecated Use spark.connect.Relation.$Properties instead.
             */

            /**
             * Narrowed shape of a Relation.
             * @typedef {{
             *   sql?: spark.connect.SQL.$Shape|null;
             *   localRelation?: spark.connect.LocalRelation.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ relType?: undefined; sql?: null; localRelation?: null }|{ relType?: "sql"; sql: spark.connect.SQL.$Shape; localRelation?: null }|{ relType?: "localRelation"; sql?: null; localRelation: spark.connect.LocalRelation.$Shape })
             * )} spark.connect.Relation.$Shape
             */

            /**
             * Constructs a new Relation.
             * @memberof spark.connect
             * @classdesc Represents a Relation.
             * @constructor
             * @param {spark.connect.Relation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Relation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Relation sql.
             * @member {spark.connect.SQL.$Properties|null|undefined} sql
             * @memberof spark.connect.Relation
             * @instance
             */
            Relation.prototype.sql = null;

            /**
             * Relation localRelation.
             * @member {spark.connect.LocalRelation.$Properties|null|undefined} localRelation
             * @memberof spark.connect.Relation
             * @instance
             */
            Relation.prototype.localRelation = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Relation relType.
             * @member {"sql"|"localRelation"|undefined} relType
             * @memberof spark.connect.Relation
             * @instance
             */
            $Object.defineProperty(Relation.prototype, "relType", {
                get: $util.oneOfGetter($oneOfFields = ["sql", "localRelation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Relation message. Does not implicitly {@link spark.connect.Relation.verify|verify} messages.
             * @function encode
             * @memberof spark.connect.Relation
             * @static
             * @param {spark.connect.Relation.$Properties} message Relation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Relation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sql != null && $Object.hasOwnProperty.call(message, "sql"))
                    $root.spark.connect.SQL.encode(message.sql, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.localRelation != null && $Object.hasOwnProperty.call(message, "localRelation"))
                    $root.spark.connect.LocalRelation.encode(message.localRelation, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Relation message from the specified reader or buffer.
             * @function decode
             * @memberof spark.connect.Relation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spark.connect.Relation & spark.connect.Relation.$Shape} Relation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Relation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spark.connect.Relation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.sql = $root.spark.connect.SQL.decode(reader, reader.size(), $undefined, _depth + 1, message.sql);
                            message.relType = "sql";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.localRelation = $root.spark.connect.LocalRelation.decode(reader, reader.size(), $undefined, _depth + 1, message.localRelation);
                            message.relType = "localRelation";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Relation;
        })();

        connect.SQL = (function() {

            /**
             * Properties of a SQL.
             * @typedef {Object} spark.connect.SQL.$Properties
             * @property {string|null} [query] SQL query
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SQL.
             * @memberof spark.connect
             * @interface ISQL
             * @augments spark.connect.SQL.$Properties
             * @deprecated Use spark.connect.SQL.$Properties instead.
             */

            /**
             * Shape of a SQL.
             * @typedef {spark.connect.SQL.$Properties} spark.connect.SQL.$Shape
             */

            /**
             * Constructs a new SQL.
             * @memberof spark.connect
             * @classdesc Represents a SQL.
             * @constructor
             * @param {spark.connect.SQL.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SQL = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SQL query.
             * @member {string} query
             * @memberof spark.connect.SQL
             * @instance
             */
            SQL.prototype.query = "";

            /**
             * Encodes the specified SQL message. Does not implicitly {@link spark.connect.SQL.verify|verify} messages.
             * @function encode
             * @memberof spark.connect.SQL
             * @static
             * @param {spark.connect.SQL.$Properties} message SQL message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SQL.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.query);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SQL message from the specified reader or buffer.
             * @function decode
             * @memberof spark.connect.SQL
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spark.connect.SQL & spark.connect.SQL.$Shape} SQL
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SQL.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spark.connect.SQL();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.query = value;
                            else
                                delete message.query;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SQL;
        })();

        connect.LocalRelation = (function() {

            /**
             * Properties of a LocalRelation.
             * @typedef {Object} spark.connect.LocalRelation.$Properties
             * @property {Uint8Array|null} [data] LocalRelation data
             * @property {string|null} [schema] LocalRelation schema
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LocalRelation.
             * @memberof spark.connect
             * @interface ILocalRelation
             * @augments spark.connect.LocalRelation.$Properties
             * @deprecated Use spark.connect.LocalRelation.$Properties instead.
             */

            /**
             * Shape of a LocalRelation.
             * @typedef {spark.connect.LocalRelation.$Properties} spark.connect.LocalRelation.$Shape
             */

            /**
             * Constructs a new LocalRelation.
             * @memberof spark.connect
             * @classdesc Represents a LocalRelation.
             * @constructor
             * @param {spark.connect.LocalRelation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LocalRelation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LocalRelation data.
             * @member {Uint8Array|null|undefined} data
             * @memberof spark.connect.LocalRelation
             * @instance
             */
            LocalRelation.prototype.data = null;

            /**
             * LocalRelation schema.
             * @member {string|null|undefined} schema
             * @memberof spark.connect.LocalRelation
             * @instance
             */
            LocalRelation.prototype.schema = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(LocalRelation.prototype, "_data", {
                get: $util.oneOfGetter($oneOfFields = ["data"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(LocalRelation.prototype, "_schema", {
                get: $util.oneOfGetter($oneOfFields = ["schema"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified LocalRelation message. Does not implicitly {@link spark.connect.LocalRelation.verify|verify} messages.
             * @function encode
             * @memberof spark.connect.LocalRelation
             * @static
             * @param {spark.connect.LocalRelation.$Properties} message LocalRelation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LocalRelation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.schema);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LocalRelation message from the specified reader or buffer.
             * @function decode
             * @memberof spark.connect.LocalRelation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spark.connect.LocalRelation & spark.connect.LocalRelation.$Shape} LocalRelation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LocalRelation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spark.connect.LocalRelation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.data = reader.bytes();
                            message._data = "data";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.schema = reader.stringVerify();
                            message._schema = "schema";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return LocalRelation;
        })();

        connect.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} spark.connect.Command.$Properties
             * @property {spark.connect.CreateDataFrameViewCommand.$Properties|null} [createDataframeView] Command createDataframeView
             * @property {"createDataframeView"} [commandType] Command commandType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof spark.connect
             * @interface ICommand
             * @augments spark.connect.Command.$Properties
             * @deprecated Use spark.connect.Command.$Properties instead.
             */

            /**
             * Narrowed shape of a Command.
             * @typedef {{
             *   createDataframeView?: spark.connect.CreateDataFrameViewCommand.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ commandType?: undefined; createDataframeView?: null }|{ commandType?: "createDataframeView"; createDataframeView: spark.connect.CreateDataFrameViewCommand.$Shape })
             * )} spark.connect.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof spark.connect
             * @classdesc Represents a Command.
             * @constructor
             * @param {spark.connect.Command.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Command createDataframeView.
             * @member {spark.connect.CreateDataFrameViewCommand.$Properties|null|undefined} createDataframeView
             * @memberof spark.connect.Command
             * @instance
             */
            Command.prototype.createDataframeView = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Command commandType.
             * @member {"createDataframeView"|undefined} commandType
             * @memberof spark.connect.Command
             * @instance
             */
            $Object.defineProperty(Command.prototype, "commandType", {
                get: $util.oneOfGetter($oneOfFields = ["createDataframeView"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Command message. Does not implicitly {@link spark.connect.Command.verify|verify} messages.
             * @function encode
             * @memberof spark.connect.Command
             * @static
             * @param {spark.connect.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.createDataframeView != null && $Object.hasOwnProperty.call(message, "createDataframeView"))
                    $root.spark.connect.CreateDataFrameViewCommand.encode(message.createDataframeView, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof spark.connect.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spark.connect.Command & spark.connect.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spark.connect.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.createDataframeView = $root.spark.connect.CreateDataFrameViewCommand.decode(reader, reader.size(), $undefined, _depth + 1, message.createDataframeView);
                            message.commandType = "createDataframeView";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Command;
        })();

        connect.CreateDataFrameViewCommand = (function() {

            /**
             * Properties of a CreateDataFrameViewCommand.
             * @typedef {Object} spark.connect.CreateDataFrameViewCommand.$Properties
             * @property {spark.connect.Relation.$Properties|null} [input] CreateDataFrameViewCommand input
             * @property {string|null} [name] CreateDataFrameViewCommand name
             * @property {boolean|null} [isGlobal] CreateDataFrameViewCommand isGlobal
             * @property {boolean|null} [replace] CreateDataFrameViewCommand replace
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateDataFrameViewCommand.
             * @memberof spark.connect
             * @interface ICreateDataFrameViewCommand
             * @augments spark.connect.CreateDataFrameViewCommand.$Properties
             * @deprecated Use spark.connect.CreateDataFrameViewCommand.$Properties instead.
             */

            /**
             * Shape of a CreateDataFrameViewCommand.
             * @typedef {{
             *   input?: spark.connect.Relation.$Shape|null;
             *   name?: string|null;
             *   isGlobal?: boolean|null;
             *   replace?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} spark.connect.CreateDataFrameViewCommand.$Shape
             */

            /**
             * Constructs a new CreateDataFrameViewCommand.
             * @memberof spark.connect
             * @classdesc Represents a CreateDataFrameViewCommand.
             * @constructor
             * @param {spark.connect.CreateDataFrameViewCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateDataFrameViewCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateDataFrameViewCommand input.
             * @member {spark.connect.Relation.$Properties|null|undefined} input
             * @memberof spark.connect.CreateDataFrameViewCommand
             * @instance
             */
            CreateDataFrameViewCommand.prototype.input = null;

            /**
             * CreateDataFrameViewCommand name.
             * @member {string} name
             * @memberof spark.connect.CreateDataFrameViewCommand
             * @instance
             */
            CreateDataFrameViewCommand.prototype.name = "";

            /**
             * CreateDataFrameViewCommand isGlobal.
             * @member {boolean} isGlobal
             * @memberof spark.connect.CreateDataFrameViewCommand
             * @instance
             */
            CreateDataFrameViewCommand.prototype.isGlobal = false;

            /**
             * CreateDataFrameViewCommand replace.
             * @member {boolean} replace
             * @memberof spark.connect.CreateDataFrameViewCommand
             * @instance
             */
            CreateDataFrameViewCommand.prototype.replace = false;

            /**
             * Encodes the specified CreateDataFrameViewCommand message. Does not implicitly {@link spark.connect.CreateDataFrameViewCommand.verify|verify} messages.
             * @function encode
             * @memberof spark.connect.CreateDataFrameViewCommand
             * @static
             * @param {spark.connect.CreateDataFrameViewCommand.$Properties} message CreateDataFrameViewCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateDataFrameViewCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    $root.spark.connect.Relation.encode(message.input, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.isGlobal != null && $Object.hasOwnProperty.call(message, "isGlobal") && message.isGlobal !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.isGlobal);
                if (message.replace != null && $Object.hasOwnProperty.call(message, "replace") && message.replace !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.replace);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateDataFrameViewCommand message from the specified reader or buffer.
             * @function decode
             * @memberof spark.connect.CreateDataFrameViewCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spark.connect.CreateDataFrameViewCommand & spark.connect.CreateDataFrameViewCommand.$Shape} CreateDataFrameViewCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateDataFrameViewCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spark.connect.CreateDataFrameViewCommand();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.input = $root.spark.connect.Relation.decode(reader, reader.size(), $undefined, _depth + 1, message.input);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isGlobal = value;
                            else
                                delete message.isGlobal;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.replace = value;
                            else
                                delete message.replace;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CreateDataFrameViewCommand;
        })();

        connect.UserContext = (function() {

            /**
             * Properties of a UserContext.
             * @typedef {Object} spark.connect.UserContext.$Properties
             * @property {string|null} [userId] UserContext userId
             * @property {string|null} [userName] UserContext userName
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserContext.
             * @memberof spark.connect
             * @interface IUserContext
             * @augments spark.connect.UserContext.$Properties
             * @deprecated Use spark.connect.UserContext.$Properties instead.
             */

            /**
             * Shape of a UserContext.
             * @typedef {spark.connect.UserContext.$Properties} spark.connect.UserContext.$Shape
             */

            /**
             * Constructs a new UserContext.
             * @memberof spark.connect
             * @classdesc Represents a UserContext.
             * @constructor
             * @param {spark.connect.UserContext.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserContext = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserContext userId.
             * @member {string} userId
             * @memberof spark.connect.UserContext
             * @instance
             */
            UserContext.prototype.userId = "";

            /**
             * UserContext userName.
             * @member {string} userName
             * @memberof spark.connect.UserContext
             * @instance
             */
            UserContext.prototype.userName = "";

            /**
             * Encodes the specified UserContext message. Does not implicitly {@link spark.connect.UserContext.verify|verify} messages.
             * @function encode
             * @memberof spark.connect.UserContext
             * @static
             * @param {spark.connect.UserContext.$Properties} message UserContext message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserContext.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.userName != null && $Object.hasOwnProperty.call(message, "userName") && message.userName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.userName);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UserContext message from the specified reader or buffer.
             * @function decode
             * @memberof spark.connect.UserContext
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spark.connect.UserContext & spark.connect.UserContext.$Shape} UserContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserContext.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spark.connect.UserContext();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userName = value;
                            else
                                delete message.userName;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return UserContext;
        })();

        connect.ExecutePlanRequest = (function() {

            /**
             * Properties of an ExecutePlanRequest.
             * @typedef {Object} spark.connect.ExecutePlanRequest.$Properties
             * @property {string|null} [sessionId] ExecutePlanRequest sessionId
             * @property {spark.connect.UserContext.$Properties|null} [userContext] ExecutePlanRequest userContext
             * @property {spark.connect.Plan.$Properties|null} [plan] ExecutePlanRequest plan
             * @property {string|null} [clientType] ExecutePlanRequest clientType
             * @property {string|null} [operationId] ExecutePlanRequest operationId
             * @property {Array.<string>|null} [tags] ExecutePlanRequest tags
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecutePlanRequest.
             * @memberof spark.connect
             * @interface IExecutePlanRequest
             * @augments spark.connect.ExecutePlanRequest.$Properties
             * @deprecated Use spark.connect.ExecutePlanRequest.$Properties instead.
             */

            /**
             * Shape of an ExecutePlanRequest.
             * @typedef {{
             *   sessionId?: string|null;
             *   userContext?: spark.connect.UserContext.$Shape|null;
             *   plan?: spark.connect.Plan.$Shape|null;
             *   clientType?: string|null;
             *   operationId?: string|null;
             *   tags?: Array.<string>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} spark.connect.ExecutePlanRequest.$Shape
             */

            /**
             * Constructs a new ExecutePlanRequest.
             * @memberof spark.connect
             * @classdesc Represents an ExecutePlanRequest.
             * @constructor
             * @param {spark.connect.ExecutePlanRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecutePlanRequest = function (properties) {
                this.tags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecutePlanRequest sessionId.
             * @member {string} sessionId
             * @memberof spark.connect.ExecutePlanRequest
             * @instance
             */
            ExecutePlanRequest.prototype.sessionId = "";

            /**
             * ExecutePlanRequest userContext.
             * @member {spark.connect.UserContext.$Properties|null|undefined} userContext
             * @memberof spark.connect.ExecutePlanRequest
             * @instance
             */
            ExecutePlanRequest.prototype.userContext = null;

            /**
             * ExecutePlanRequest plan.
             * @member {spark.connect.Plan.$Properties|null|undefined} plan
             * @memberof spark.connect.ExecutePlanRequest
             * @instance
             */
            ExecutePlanRequest.prototype.plan = null;

            /**
             * ExecutePlanRequest clientType.
             * @member {string|null|undefined} clientType
             * @memberof spark.connect.ExecutePlanRequest
             * @instance
             */
            ExecutePlanRequest.prototype.clientType = null;

            /**
             * ExecutePlanRequest operationId.
             * @member {string|null|undefined} operationId
             * @memberof spark.connect.ExecutePlanRequest
             * @instance
             */
            ExecutePlanRequest.prototype.operationId = null;

            /**
             * ExecutePlanRequest tags.
             * @member {Array.<string>} tags
             * @memberof spark.connect.ExecutePlanRequest
             * @instance
             */
            ExecutePlanRequest.prototype.tags = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ExecutePlanRequest.prototype, "_clientType", {
                get: $util.oneOfGetter($oneOfFields = ["clientType"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ExecutePlanRequest.prototype, "_operationId", {
                get: $util.oneOfGetter($oneOfFields = ["operationId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ExecutePlanRequest message. Does not implicitly {@link spark.connect.ExecutePlanRequest.verify|verify} messages.
             * @function encode
             * @memberof spark.connect.ExecutePlanRequest
             * @static
             * @param {spark.connect.ExecutePlanRequest.$Properties} message ExecutePlanRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecutePlanRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.userContext != null && $Object.hasOwnProperty.call(message, "userContext"))
                    $root.spark.connect.UserContext.encode(message.userContext, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan"))
                    $root.spark.connect.Plan.encode(message.plan, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientType);
                if (message.operationId != null && $Object.hasOwnProperty.call(message, "operationId"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.operationId);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.tags[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecutePlanRequest message from the specified reader or buffer.
             * @function decode
             * @memberof spark.connect.ExecutePlanRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spark.connect.ExecutePlanRequest & spark.connect.ExecutePlanRequest.$Shape} ExecutePlanRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecutePlanRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spark.connect.ExecutePlanRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.userContext = $root.spark.connect.UserContext.decode(reader, reader.size(), $undefined, _depth + 1, message.userContext);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.plan = $root.spark.connect.Plan.decode(reader, reader.size(), $undefined, _depth + 1, message.plan);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.clientType = reader.stringVerify();
                            message._clientType = "clientType";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.operationId = reader.stringVerify();
                            message._operationId = "operationId";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ExecutePlanRequest;
        })();

        connect.ExecutePlanResponse = (function() {

            /**
             * Properties of an ExecutePlanResponse.
             * @typedef {Object} spark.connect.ExecutePlanResponse.$Properties
             * @property {string|null} [sessionId] ExecutePlanResponse sessionId
             * @property {string|null} [operationId] ExecutePlanResponse operationId
             * @property {string|null} [responseId] ExecutePlanResponse responseId
             * @property {string|null} [serverSideSessionId] ExecutePlanResponse serverSideSessionId
             * @property {spark.connect.ExecutePlanResponse.ArrowBatch.$Properties|null} [arrowBatch] ExecutePlanResponse arrowBatch
             * @property {spark.connect.ExecutePlanResponse.ResultComplete.$Properties|null} [resultComplete] ExecutePlanResponse resultComplete
             * @property {"arrowBatch"|"resultComplete"} [responseType] ExecutePlanResponse responseType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecutePlanResponse.
             * @memberof spark.connect
             * @interface IExecutePlanResponse
             * @augments spark.connect.ExecutePlanResponse.$Properties
             * @deprecated Use spark.connect.ExecutePlanResponse.$Properties instead.
             */

            /**
             * Narrowed shape of an ExecutePlanResponse.
             * @typedef {{
             *   sessionId?: string|null;
             *   operationId?: string|null;
             *   responseId?: string|null;
             *   serverSideSessionId?: string|null;
             *   arrowBatch?: spark.connect.ExecutePlanResponse.ArrowBatch.$Shape|null;
             *   resultComplete?: spark.connect.ExecutePlanResponse.ResultComplete.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ responseType?: undefined; arrowBatch?: null; resultComplete?: null }|{ responseType?: "arrowBatch"; arrowBatch: spark.connect.ExecutePlanResponse.ArrowBatch.$Shape; resultComplete?: null }|{ responseType?: "resultComplete"; arrowBatch?: null; resultComplete: spark.connect.ExecutePlanResponse.ResultComplete.$Shape })
             * )} spark.connect.ExecutePlanResponse.$Shape
             */

            /**
             * Constructs a new ExecutePlanResponse.
             * @memberof spark.connect
             * @classdesc Represents an ExecutePlanResponse.
             * @constructor
             * @param {spark.connect.ExecutePlanResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecutePlanResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecutePlanResponse sessionId.
             * @member {string} sessionId
             * @memberof spark.connect.ExecutePlanResponse
             * @instance
             */
            ExecutePlanResponse.prototype.sessionId = "";

            /**
             * ExecutePlanResponse operationId.
             * @member {string} operationId
             * @memberof spark.connect.ExecutePlanResponse
             * @instance
             */
            ExecutePlanResponse.prototype.operationId = "";

            /**
             * ExecutePlanResponse responseId.
             * @member {string} responseId
             * @memberof spark.connect.ExecutePlanResponse
             * @instance
             */
            ExecutePlanResponse.prototype.responseId = "";

            /**
             * ExecutePlanResponse serverSideSessionId.
             * @member {string} serverSideSessionId
             * @memberof spark.connect.ExecutePlanResponse
             * @instance
             */
            ExecutePlanResponse.prototype.serverSideSessionId = "";

            /**
             * ExecutePlanResponse arrowBatch.
             * @member {spark.connect.ExecutePlanResponse.ArrowBatch.$Properties|null|undefined} arrowBatch
             * @memberof spark.connect.ExecutePlanResponse
             * @instance
             */
            ExecutePlanResponse.prototype.arrowBatch = null;

            /**
             * ExecutePlanResponse resultComplete.
             * @member {spark.connect.ExecutePlanResponse.ResultComplete.$Properties|null|undefined} resultComplete
             * @memberof spark.connect.ExecutePlanResponse
             * @instance
             */
            ExecutePlanResponse.prototype.resultComplete = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ExecutePlanResponse responseType.
             * @member {"arrowBatch"|"resultComplete"|undefined} responseType
             * @memberof spark.connect.ExecutePlanResponse
             * @instance
             */
            $Object.defineProperty(ExecutePlanResponse.prototype, "responseType", {
                get: $util.oneOfGetter($oneOfFields = ["arrowBatch", "resultComplete"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ExecutePlanResponse message. Does not implicitly {@link spark.connect.ExecutePlanResponse.verify|verify} messages.
             * @function encode
             * @memberof spark.connect.ExecutePlanResponse
             * @static
             * @param {spark.connect.ExecutePlanResponse.$Properties} message ExecutePlanResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecutePlanResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.arrowBatch != null && $Object.hasOwnProperty.call(message, "arrowBatch"))
                    $root.spark.connect.ExecutePlanResponse.ArrowBatch.encode(message.arrowBatch, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.operationId != null && $Object.hasOwnProperty.call(message, "operationId") && message.operationId !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.operationId);
                if (message.responseId != null && $Object.hasOwnProperty.call(message, "responseId") && message.responseId !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.responseId);
                if (message.resultComplete != null && $Object.hasOwnProperty.call(message, "resultComplete"))
                    $root.spark.connect.ExecutePlanResponse.ResultComplete.encode(message.resultComplete, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.serverSideSessionId != null && $Object.hasOwnProperty.call(message, "serverSideSessionId") && message.serverSideSessionId !== "")
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.serverSideSessionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecutePlanResponse message from the specified reader or buffer.
             * @function decode
             * @memberof spark.connect.ExecutePlanResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spark.connect.ExecutePlanResponse & spark.connect.ExecutePlanResponse.$Shape} ExecutePlanResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecutePlanResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spark.connect.ExecutePlanResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operationId = value;
                            else
                                delete message.operationId;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.responseId = value;
                            else
                                delete message.responseId;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverSideSessionId = value;
                            else
                                delete message.serverSideSessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.arrowBatch = $root.spark.connect.ExecutePlanResponse.ArrowBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.arrowBatch);
                            message.responseType = "arrowBatch";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.resultComplete = $root.spark.connect.ExecutePlanResponse.ResultComplete.decode(reader, reader.size(), $undefined, _depth + 1, message.resultComplete);
                            message.responseType = "resultComplete";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecutePlanResponse.ArrowBatch = (function() {

                /**
                 * Properties of an ArrowBatch.
                 * @typedef {Object} spark.connect.ExecutePlanResponse.ArrowBatch.$Properties
                 * @property {number|Long|null} [rowCount] ArrowBatch rowCount
                 * @property {Uint8Array|null} [data] ArrowBatch data
                 * @property {number|Long|null} [startOffset] ArrowBatch startOffset
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ArrowBatch.
                 * @memberof spark.connect.ExecutePlanResponse
                 * @interface IArrowBatch
                 * @augments spark.connect.ExecutePlanResponse.ArrowBatch.$Properties
                 * @deprecated Use spark.connect.ExecutePlanResponse.ArrowBatch.$Properties instead.
                 */

                /**
                 * Shape of an ArrowBatch.
                 * @typedef {spark.connect.ExecutePlanResponse.ArrowBatch.$Properties} spark.connect.ExecutePlanResponse.ArrowBatch.$Shape
                 */

                /**
                 * Constructs a new ArrowBatch.
                 * @memberof spark.connect.ExecutePlanResponse
                 * @classdesc Represents an ArrowBatch.
                 * @constructor
                 * @param {spark.connect.ExecutePlanResponse.ArrowBatch.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ArrowBatch = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ArrowBatch rowCount.
                 * @member {number|Long} rowCount
                 * @memberof spark.connect.ExecutePlanResponse.ArrowBatch
                 * @instance
                 */
                ArrowBatch.prototype.rowCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * ArrowBatch data.
                 * @member {Uint8Array} data
                 * @memberof spark.connect.ExecutePlanResponse.ArrowBatch
                 * @instance
                 */
                ArrowBatch.prototype.data = $util.newBuffer([]);

                /**
                 * ArrowBatch startOffset.
                 * @member {number|Long|null|undefined} startOffset
                 * @memberof spark.connect.ExecutePlanResponse.ArrowBatch
                 * @instance
                 */
                ArrowBatch.prototype.startOffset = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ArrowBatch.prototype, "_startOffset", {
                    get: $util.oneOfGetter($oneOfFields = ["startOffset"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified ArrowBatch message. Does not implicitly {@link spark.connect.ExecutePlanResponse.ArrowBatch.verify|verify} messages.
                 * @function encode
                 * @memberof spark.connect.ExecutePlanResponse.ArrowBatch
                 * @static
                 * @param {spark.connect.ExecutePlanResponse.ArrowBatch.$Properties} message ArrowBatch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ArrowBatch.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rowCount != null && $Object.hasOwnProperty.call(message, "rowCount") && (typeof message.rowCount === "object" ? message.rowCount.low || message.rowCount.high : message.rowCount !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).int64(message.rowCount);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                    if (message.startOffset != null && $Object.hasOwnProperty.call(message, "startOffset"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.startOffset);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ArrowBatch message from the specified reader or buffer.
                 * @function decode
                 * @memberof spark.connect.ExecutePlanResponse.ArrowBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spark.connect.ExecutePlanResponse.ArrowBatch & spark.connect.ExecutePlanResponse.ArrowBatch.$Shape} ArrowBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ArrowBatch.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.spark.connect.ExecutePlanResponse.ArrowBatch();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rowCount = value;
                                else
                                    delete message.rowCount;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.startOffset = reader.int64();
                                message._startOffset = "startOffset";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ArrowBatch;
            })();

            ExecutePlanResponse.ResultComplete = (function() {

                /**
                 * Properties of a ResultComplete.
                 * @typedef {Object} spark.connect.ExecutePlanResponse.ResultComplete.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResultComplete.
                 * @memberof spark.connect.ExecutePlanResponse
                 * @interface IResultComplete
                 * @augments spark.connect.ExecutePlanResponse.ResultComplete.$Properties
                 * @deprecated Use spark.connect.ExecutePlanResponse.ResultComplete.$Properties instead.
                 */

                /**
                 * Shape of a ResultComplete.
                 * @typedef {spark.connect.ExecutePlanResponse.ResultComplete.$Properties} spark.connect.ExecutePlanResponse.ResultComplete.$Shape
                 */

                /**
                 * Constructs a new ResultComplete.
                 * @memberof spark.connect.ExecutePlanResponse
                 * @classdesc Represents a ResultComplete.
                 * @constructor
                 * @param {spark.connect.ExecutePlanResponse.ResultComplete.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ResultComplete = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Encodes the specified ResultComplete message. Does not implicitly {@link spark.connect.ExecutePlanResponse.ResultComplete.verify|verify} messages.
                 * @function encode
                 * @memberof spark.connect.ExecutePlanResponse.ResultComplete
                 * @static
                 * @param {spark.connect.ExecutePlanResponse.ResultComplete.$Properties} message ResultComplete message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResultComplete.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ResultComplete message from the specified reader or buffer.
                 * @function decode
                 * @memberof spark.connect.ExecutePlanResponse.ResultComplete
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spark.connect.ExecutePlanResponse.ResultComplete & spark.connect.ExecutePlanResponse.ResultComplete.$Shape} ResultComplete
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResultComplete.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.spark.connect.ExecutePlanResponse.ResultComplete();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ResultComplete;
            })();

            return ExecutePlanResponse;
        })();

        connect.ReleaseSessionRequest = (function() {

            /**
             * Properties of a ReleaseSessionRequest.
             * @typedef {Object} spark.connect.ReleaseSessionRequest.$Properties
             * @property {string|null} [sessionId] ReleaseSessionRequest sessionId
             * @property {spark.connect.UserContext.$Properties|null} [userContext] ReleaseSessionRequest userContext
             * @property {string|null} [clientType] ReleaseSessionRequest clientType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReleaseSessionRequest.
             * @memberof spark.connect
             * @interface IReleaseSessionRequest
             * @augments spark.connect.ReleaseSessionRequest.$Properties
             * @deprecated Use spark.connect.ReleaseSessionRequest.$Properties instead.
             */

            /**
             * Shape of a ReleaseSessionRequest.
             * @typedef {spark.connect.ReleaseSessionRequest.$Properties} spark.connect.ReleaseSessionRequest.$Shape
             */

            /**
             * Constructs a new ReleaseSessionRequest.
             * @memberof spark.connect
             * @classdesc Represents a ReleaseSessionRequest.
             * @constructor
             * @param {spark.connect.ReleaseSessionRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReleaseSessionRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReleaseSessionRequest sessionId.
             * @member {string} sessionId
             * @memberof spark.connect.ReleaseSessionRequest
             * @instance
             */
            ReleaseSessionRequest.prototype.sessionId = "";

            /**
             * ReleaseSessionRequest userContext.
             * @member {spark.connect.UserContext.$Properties|null|undefined} userContext
             * @memberof spark.connect.ReleaseSessionRequest
             * @instance
             */
            ReleaseSessionRequest.prototype.userContext = null;

            /**
             * ReleaseSessionRequest clientType.
             * @member {string|null|undefined} clientType
             * @memberof spark.connect.ReleaseSessionRequest
             * @instance
             */
            ReleaseSessionRequest.prototype.clientType = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ReleaseSessionRequest.prototype, "_clientType", {
                get: $util.oneOfGetter($oneOfFields = ["clientType"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ReleaseSessionRequest message. Does not implicitly {@link spark.connect.ReleaseSessionRequest.verify|verify} messages.
             * @function encode
             * @memberof spark.connect.ReleaseSessionRequest
             * @static
             * @param {spark.connect.ReleaseSessionRequest.$Properties} message ReleaseSessionRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReleaseSessionRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.userContext != null && $Object.hasOwnProperty.call(message, "userContext"))
                    $root.spark.connect.UserContext.encode(message.userContext, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.clientType != null && $Object.hasOwnProperty.call(message, "clientType"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientType);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReleaseSessionRequest message from the specified reader or buffer.
             * @function decode
             * @memberof spark.connect.ReleaseSessionRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spark.connect.ReleaseSessionRequest & spark.connect.ReleaseSessionRequest.$Shape} ReleaseSessionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReleaseSessionRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spark.connect.ReleaseSessionRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.userContext = $root.spark.connect.UserContext.decode(reader, reader.size(), $undefined, _depth + 1, message.userContext);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.clientType = reader.stringVerify();
                            message._clientType = "clientType";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReleaseSessionRequest;
        })();

        connect.ReleaseSessionResponse = (function() {

            /**
             * Properties of a ReleaseSessionResponse.
             * @typedef {Object} spark.connect.ReleaseSessionResponse.$Properties
             * @property {string|null} [sessionId] ReleaseSessionResponse sessionId
             * @property {string|null} [serverSideSessionId] ReleaseSessionResponse serverSideSessionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReleaseSessionResponse.
             * @memberof spark.connect
             * @interface IReleaseSessionResponse
             * @augments spark.connect.ReleaseSessionResponse.$Properties
             * @deprecated Use spark.connect.ReleaseSessionResponse.$Properties instead.
             */

            /**
             * Shape of a ReleaseSessionResponse.
             * @typedef {spark.connect.ReleaseSessionResponse.$Properties} spark.connect.ReleaseSessionResponse.$Shape
             */

            /**
             * Constructs a new ReleaseSessionResponse.
             * @memberof spark.connect
             * @classdesc Represents a ReleaseSessionResponse.
             * @constructor
             * @param {spark.connect.ReleaseSessionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReleaseSessionResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReleaseSessionResponse sessionId.
             * @member {string} sessionId
             * @memberof spark.connect.ReleaseSessionResponse
             * @instance
             */
            ReleaseSessionResponse.prototype.sessionId = "";

            /**
             * ReleaseSessionResponse serverSideSessionId.
             * @member {string} serverSideSessionId
             * @memberof spark.connect.ReleaseSessionResponse
             * @instance
             */
            ReleaseSessionResponse.prototype.serverSideSessionId = "";

            /**
             * Encodes the specified ReleaseSessionResponse message. Does not implicitly {@link spark.connect.ReleaseSessionResponse.verify|verify} messages.
             * @function encode
             * @memberof spark.connect.ReleaseSessionResponse
             * @static
             * @param {spark.connect.ReleaseSessionResponse.$Properties} message ReleaseSessionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReleaseSessionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.serverSideSessionId != null && $Object.hasOwnProperty.call(message, "serverSideSessionId") && message.serverSideSessionId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.serverSideSessionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReleaseSessionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof spark.connect.ReleaseSessionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spark.connect.ReleaseSessionResponse & spark.connect.ReleaseSessionResponse.$Shape} ReleaseSessionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReleaseSessionResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spark.connect.ReleaseSessionResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverSideSessionId = value;
                            else
                                delete message.serverSideSessionId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReleaseSessionResponse;
        })();

        return connect;
    })();

    return spark;
})();

export {
  $root as default
};
