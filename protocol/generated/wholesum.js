/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $Boolean = $util.global.Boolean, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const wholesum = $root.wholesum = (() => {

    /**
     * Namespace wholesum.
     * @exports wholesum
     * @namespace
     */
    const wholesum = {};

    wholesum.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof wholesum
         * @namespace
         */
        const v1 = {};

        v1.Capacity = (function() {

            /**
             * Properties of a Capacity.
             * @typedef {Object} wholesum.v1.Capacity.$Properties
             * @property {number|null} [ramTotalBytes] Capacity ramTotalBytes
             * @property {number|null} [ramAvailableBytes] Capacity ramAvailableBytes
             * @property {number|null} [memoryBudgetBytes] Capacity memoryBudgetBytes
             * @property {number|null} [cores] Capacity cores
             * @property {number|null} [threads] Capacity threads
             * @property {string|null} [cpuModel] Capacity cpuModel
             * @property {Array.<string>|null} [cpuFlags] Capacity cpuFlags
             * @property {number|null} [maxPo2] Capacity maxPo2
             * @property {Array.<wholesum.v1.Po2Speed.$Properties>|null} [speeds] Capacity speeds
             * @property {string|null} [proverVersion] Capacity proverVersion
             * @property {number|null} [freeSlots] Capacity freeSlots
             * @property {boolean|null} [canAggregate] Capacity canAggregate
             * @property {number|null} [liftSeconds] Capacity liftSeconds
             * @property {boolean|null} [groth16] Capacity groth16
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Capacity.
             * @memberof wholesum.v1
             * @interface ICapacity
             * @augments wholesum.v1.Capacity.$Properties
             * @deprecated Use wholesum.v1.Capacity.$Properties instead.
             */

            /**
             * Shape of a Capacity.
             * @typedef {wholesum.v1.Capacity.$Properties} wholesum.v1.Capacity.$Shape
             */

            /**
             * Constructs a new Capacity.
             * @memberof wholesum.v1
             * @classdesc Represents a Capacity.
             * @constructor
             * @param {wholesum.v1.Capacity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Capacity = function (properties) {
                this.cpuFlags = [];
                this.speeds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Capacity ramTotalBytes.
             * @member {number} ramTotalBytes
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.ramTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Capacity ramAvailableBytes.
             * @member {number} ramAvailableBytes
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.ramAvailableBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Capacity memoryBudgetBytes.
             * @member {number} memoryBudgetBytes
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.memoryBudgetBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Capacity cores.
             * @member {number} cores
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.cores = 0;

            /**
             * Capacity threads.
             * @member {number} threads
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.threads = 0;

            /**
             * Capacity cpuModel.
             * @member {string} cpuModel
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.cpuModel = "";

            /**
             * Capacity cpuFlags.
             * @member {Array.<string>} cpuFlags
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.cpuFlags = $util.emptyArray;

            /**
             * Capacity maxPo2.
             * @member {number} maxPo2
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.maxPo2 = 0;

            /**
             * Capacity speeds.
             * @member {Array.<wholesum.v1.Po2Speed.$Properties>} speeds
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.speeds = $util.emptyArray;

            /**
             * Capacity proverVersion.
             * @member {string} proverVersion
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.proverVersion = "";

            /**
             * Capacity freeSlots.
             * @member {number} freeSlots
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.freeSlots = 0;

            /**
             * Capacity canAggregate.
             * @member {boolean} canAggregate
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.canAggregate = false;

            /**
             * Capacity liftSeconds.
             * @member {number} liftSeconds
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.liftSeconds = 0;

            /**
             * Capacity groth16.
             * @member {boolean} groth16
             * @memberof wholesum.v1.Capacity
             * @instance
             */
            Capacity.prototype.groth16 = false;

            /**
             * Encodes the specified Capacity message. Does not implicitly {@link wholesum.v1.Capacity.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.Capacity
             * @static
             * @param {wholesum.v1.Capacity.$Properties} message Capacity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capacity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ramTotalBytes != null && $Object.hasOwnProperty.call(message, "ramTotalBytes") && (typeof message.ramTotalBytes === "object" ? message.ramTotalBytes.low || message.ramTotalBytes.high : message.ramTotalBytes !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.ramTotalBytes);
                if (message.ramAvailableBytes != null && $Object.hasOwnProperty.call(message, "ramAvailableBytes") && (typeof message.ramAvailableBytes === "object" ? message.ramAvailableBytes.low || message.ramAvailableBytes.high : message.ramAvailableBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ramAvailableBytes);
                if (message.memoryBudgetBytes != null && $Object.hasOwnProperty.call(message, "memoryBudgetBytes") && (typeof message.memoryBudgetBytes === "object" ? message.memoryBudgetBytes.low || message.memoryBudgetBytes.high : message.memoryBudgetBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.memoryBudgetBytes);
                if (message.cores != null && $Object.hasOwnProperty.call(message, "cores") && message.cores !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.cores);
                if (message.threads != null && $Object.hasOwnProperty.call(message, "threads") && message.threads !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.threads);
                if (message.cpuModel != null && $Object.hasOwnProperty.call(message, "cpuModel") && message.cpuModel !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.cpuModel);
                if (message.cpuFlags != null && message.cpuFlags.length)
                    for (let i = 0; i < message.cpuFlags.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.cpuFlags[i]);
                if (message.maxPo2 != null && $Object.hasOwnProperty.call(message, "maxPo2") && message.maxPo2 !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.maxPo2);
                if (message.speeds != null && message.speeds.length)
                    for (let i = 0; i < message.speeds.length; ++i)
                        $root.wholesum.v1.Po2Speed.encode(message.speeds[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.proverVersion != null && $Object.hasOwnProperty.call(message, "proverVersion") && message.proverVersion !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.proverVersion);
                if (message.freeSlots != null && $Object.hasOwnProperty.call(message, "freeSlots") && message.freeSlots !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.freeSlots);
                if (message.canAggregate != null && $Object.hasOwnProperty.call(message, "canAggregate") && message.canAggregate !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.canAggregate);
                if (message.liftSeconds != null && $Object.hasOwnProperty.call(message, "liftSeconds") && !$Object.is(message.liftSeconds, 0))
                    writer.uint32(/* id 13, wireType 1 =*/105).double(message.liftSeconds);
                if (message.groth16 != null && $Object.hasOwnProperty.call(message, "groth16") && message.groth16 !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.groth16);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Capacity message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.Capacity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.Capacity & wholesum.v1.Capacity.$Shape} Capacity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capacity.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.Capacity();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ramTotalBytes = value;
                            else
                                delete message.ramTotalBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ramAvailableBytes = value;
                            else
                                delete message.ramAvailableBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBudgetBytes = value;
                            else
                                delete message.memoryBudgetBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cores = value;
                            else
                                delete message.cores;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.threads = value;
                            else
                                delete message.threads;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cpuModel = value;
                            else
                                delete message.cpuModel;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.cpuFlags && message.cpuFlags.length))
                                message.cpuFlags = [];
                            message.cpuFlags.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxPo2 = value;
                            else
                                delete message.maxPo2;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.speeds && message.speeds.length))
                                message.speeds = [];
                            message.speeds.push($root.wholesum.v1.Po2Speed.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.proverVersion = value;
                            else
                                delete message.proverVersion;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.freeSlots = value;
                            else
                                delete message.freeSlots;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.canAggregate = value;
                            else
                                delete message.canAggregate;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.liftSeconds = value;
                            else
                                delete message.liftSeconds;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.groth16 = value;
                            else
                                delete message.groth16;
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

            /**
             * Verifies a Capacity message.
             * @function verify
             * @memberof wholesum.v1.Capacity
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Capacity.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ramTotalBytes != null && $Object.hasOwnProperty.call(message, "ramTotalBytes"))
                    if (!$util.isInteger(message.ramTotalBytes) && !(message.ramTotalBytes && $util.isInteger(message.ramTotalBytes.low) && $util.isInteger(message.ramTotalBytes.high)))
                        return "ramTotalBytes: integer|Long expected";
                if (message.ramAvailableBytes != null && $Object.hasOwnProperty.call(message, "ramAvailableBytes"))
                    if (!$util.isInteger(message.ramAvailableBytes) && !(message.ramAvailableBytes && $util.isInteger(message.ramAvailableBytes.low) && $util.isInteger(message.ramAvailableBytes.high)))
                        return "ramAvailableBytes: integer|Long expected";
                if (message.memoryBudgetBytes != null && $Object.hasOwnProperty.call(message, "memoryBudgetBytes"))
                    if (!$util.isInteger(message.memoryBudgetBytes) && !(message.memoryBudgetBytes && $util.isInteger(message.memoryBudgetBytes.low) && $util.isInteger(message.memoryBudgetBytes.high)))
                        return "memoryBudgetBytes: integer|Long expected";
                if (message.cores != null && $Object.hasOwnProperty.call(message, "cores"))
                    if (!$util.isInteger(message.cores))
                        return "cores: integer expected";
                if (message.threads != null && $Object.hasOwnProperty.call(message, "threads"))
                    if (!$util.isInteger(message.threads))
                        return "threads: integer expected";
                if (message.cpuModel != null && $Object.hasOwnProperty.call(message, "cpuModel"))
                    if (!$util.isString(message.cpuModel))
                        return "cpuModel: string expected";
                if (message.cpuFlags != null && $Object.hasOwnProperty.call(message, "cpuFlags")) {
                    if (!$Array.isArray(message.cpuFlags))
                        return "cpuFlags: array expected";
                    for (let i = 0; i < message.cpuFlags.length; ++i)
                        if (!$util.isString(message.cpuFlags[i]))
                            return "cpuFlags: string[] expected";
                }
                if (message.maxPo2 != null && $Object.hasOwnProperty.call(message, "maxPo2"))
                    if (!$util.isInteger(message.maxPo2))
                        return "maxPo2: integer expected";
                if (message.speeds != null && $Object.hasOwnProperty.call(message, "speeds")) {
                    if (!$Array.isArray(message.speeds))
                        return "speeds: array expected";
                    for (let i = 0; i < message.speeds.length; ++i) {
                        let error = $root.wholesum.v1.Po2Speed.verify(message.speeds[i], _depth + 1);
                        if (error)
                            return "speeds." + error;
                    }
                }
                if (message.proverVersion != null && $Object.hasOwnProperty.call(message, "proverVersion"))
                    if (!$util.isString(message.proverVersion))
                        return "proverVersion: string expected";
                if (message.freeSlots != null && $Object.hasOwnProperty.call(message, "freeSlots"))
                    if (!$util.isInteger(message.freeSlots))
                        return "freeSlots: integer expected";
                if (message.canAggregate != null && $Object.hasOwnProperty.call(message, "canAggregate"))
                    if (typeof message.canAggregate !== "boolean")
                        return "canAggregate: boolean expected";
                if (message.liftSeconds != null && $Object.hasOwnProperty.call(message, "liftSeconds"))
                    if (typeof message.liftSeconds !== "number")
                        return "liftSeconds: number expected";
                if (message.groth16 != null && $Object.hasOwnProperty.call(message, "groth16"))
                    if (typeof message.groth16 !== "boolean")
                        return "groth16: boolean expected";
                return null;
            };

            /**
             * Creates a Capacity message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.Capacity
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.Capacity} Capacity
             */
            Capacity.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.Capacity)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.Capacity: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.Capacity();
                if (object.ramTotalBytes != null)
                    if (typeof object.ramTotalBytes === "object" ? object.ramTotalBytes.low || object.ramTotalBytes.high : $Number(object.ramTotalBytes) !== 0)
                        if ($util.Long)
                            message.ramTotalBytes = $util.Long.fromValue(object.ramTotalBytes, true);
                        else if (typeof object.ramTotalBytes === "string")
                            message.ramTotalBytes = $parseInt(object.ramTotalBytes, 10);
                        else if (typeof object.ramTotalBytes === "number")
                            message.ramTotalBytes = object.ramTotalBytes;
                        else if (typeof object.ramTotalBytes === "object")
                            message.ramTotalBytes = new $util.LongBits(object.ramTotalBytes.low >>> 0, object.ramTotalBytes.high >>> 0).toNumber(true);
                if (object.ramAvailableBytes != null)
                    if (typeof object.ramAvailableBytes === "object" ? object.ramAvailableBytes.low || object.ramAvailableBytes.high : $Number(object.ramAvailableBytes) !== 0)
                        if ($util.Long)
                            message.ramAvailableBytes = $util.Long.fromValue(object.ramAvailableBytes, true);
                        else if (typeof object.ramAvailableBytes === "string")
                            message.ramAvailableBytes = $parseInt(object.ramAvailableBytes, 10);
                        else if (typeof object.ramAvailableBytes === "number")
                            message.ramAvailableBytes = object.ramAvailableBytes;
                        else if (typeof object.ramAvailableBytes === "object")
                            message.ramAvailableBytes = new $util.LongBits(object.ramAvailableBytes.low >>> 0, object.ramAvailableBytes.high >>> 0).toNumber(true);
                if (object.memoryBudgetBytes != null)
                    if (typeof object.memoryBudgetBytes === "object" ? object.memoryBudgetBytes.low || object.memoryBudgetBytes.high : $Number(object.memoryBudgetBytes) !== 0)
                        if ($util.Long)
                            message.memoryBudgetBytes = $util.Long.fromValue(object.memoryBudgetBytes, true);
                        else if (typeof object.memoryBudgetBytes === "string")
                            message.memoryBudgetBytes = $parseInt(object.memoryBudgetBytes, 10);
                        else if (typeof object.memoryBudgetBytes === "number")
                            message.memoryBudgetBytes = object.memoryBudgetBytes;
                        else if (typeof object.memoryBudgetBytes === "object")
                            message.memoryBudgetBytes = new $util.LongBits(object.memoryBudgetBytes.low >>> 0, object.memoryBudgetBytes.high >>> 0).toNumber(true);
                if (object.cores != null)
                    if ($Number(object.cores) !== 0)
                        message.cores = object.cores >>> 0;
                if (object.threads != null)
                    if ($Number(object.threads) !== 0)
                        message.threads = object.threads >>> 0;
                if (object.cpuModel != null)
                    if (typeof object.cpuModel !== "string" || object.cpuModel.length)
                        message.cpuModel = $String(object.cpuModel);
                if (object.cpuFlags) {
                    if (!$Array.isArray(object.cpuFlags))
                        throw $TypeError(".wholesum.v1.Capacity.cpuFlags: array expected");
                    message.cpuFlags = $Array(object.cpuFlags.length);
                    for (let i = 0; i < object.cpuFlags.length; ++i)
                        message.cpuFlags[i] = $String(object.cpuFlags[i]);
                }
                if (object.maxPo2 != null)
                    if ($Number(object.maxPo2) !== 0)
                        message.maxPo2 = object.maxPo2 >>> 0;
                if (object.speeds) {
                    if (!$Array.isArray(object.speeds))
                        throw $TypeError(".wholesum.v1.Capacity.speeds: array expected");
                    message.speeds = $Array(object.speeds.length);
                    for (let i = 0; i < object.speeds.length; ++i) {
                        if (!$util.isObject(object.speeds[i]))
                            throw $TypeError(".wholesum.v1.Capacity.speeds: object expected");
                        message.speeds[i] = $root.wholesum.v1.Po2Speed.fromObject(object.speeds[i], _depth + 1);
                    }
                }
                if (object.proverVersion != null)
                    if (typeof object.proverVersion !== "string" || object.proverVersion.length)
                        message.proverVersion = $String(object.proverVersion);
                if (object.freeSlots != null)
                    if ($Number(object.freeSlots) !== 0)
                        message.freeSlots = object.freeSlots >>> 0;
                if (object.canAggregate != null)
                    if (object.canAggregate)
                        message.canAggregate = $Boolean(object.canAggregate);
                if (object.liftSeconds != null)
                    if (!$Object.is($Number(object.liftSeconds), 0))
                        message.liftSeconds = $Number(object.liftSeconds);
                if (object.groth16 != null)
                    if (object.groth16)
                        message.groth16 = $Boolean(object.groth16);
                return message;
            };

            /**
             * Creates a plain object from a Capacity message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.Capacity
             * @static
             * @param {wholesum.v1.Capacity} message Capacity
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Capacity.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.cpuFlags = [];
                    object.speeds = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.ramTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ramTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.ramAvailableBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ramAvailableBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBudgetBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBudgetBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cores = 0;
                    object.threads = 0;
                    object.cpuModel = "";
                    object.maxPo2 = 0;
                    object.proverVersion = "";
                    object.freeSlots = 0;
                    object.canAggregate = false;
                    object.liftSeconds = 0;
                    object.groth16 = false;
                }
                if (message.ramTotalBytes != null && $Object.hasOwnProperty.call(message, "ramTotalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ramTotalBytes = typeof message.ramTotalBytes === "number" ? $BigInt(message.ramTotalBytes) : $util.Long.fromBits(message.ramTotalBytes.low >>> 0, message.ramTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.ramTotalBytes === "number")
                        object.ramTotalBytes = options.longs === $String ? $String(message.ramTotalBytes) : message.ramTotalBytes;
                    else
                        object.ramTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.ramTotalBytes) : options.longs === $Number ? new $util.LongBits(message.ramTotalBytes.low >>> 0, message.ramTotalBytes.high >>> 0).toNumber(true) : message.ramTotalBytes;
                if (message.ramAvailableBytes != null && $Object.hasOwnProperty.call(message, "ramAvailableBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ramAvailableBytes = typeof message.ramAvailableBytes === "number" ? $BigInt(message.ramAvailableBytes) : $util.Long.fromBits(message.ramAvailableBytes.low >>> 0, message.ramAvailableBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.ramAvailableBytes === "number")
                        object.ramAvailableBytes = options.longs === $String ? $String(message.ramAvailableBytes) : message.ramAvailableBytes;
                    else
                        object.ramAvailableBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.ramAvailableBytes) : options.longs === $Number ? new $util.LongBits(message.ramAvailableBytes.low >>> 0, message.ramAvailableBytes.high >>> 0).toNumber(true) : message.ramAvailableBytes;
                if (message.memoryBudgetBytes != null && $Object.hasOwnProperty.call(message, "memoryBudgetBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBudgetBytes = typeof message.memoryBudgetBytes === "number" ? $BigInt(message.memoryBudgetBytes) : $util.Long.fromBits(message.memoryBudgetBytes.low >>> 0, message.memoryBudgetBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBudgetBytes === "number")
                        object.memoryBudgetBytes = options.longs === $String ? $String(message.memoryBudgetBytes) : message.memoryBudgetBytes;
                    else
                        object.memoryBudgetBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBudgetBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBudgetBytes.low >>> 0, message.memoryBudgetBytes.high >>> 0).toNumber(true) : message.memoryBudgetBytes;
                if (message.cores != null && $Object.hasOwnProperty.call(message, "cores"))
                    object.cores = message.cores;
                if (message.threads != null && $Object.hasOwnProperty.call(message, "threads"))
                    object.threads = message.threads;
                if (message.cpuModel != null && $Object.hasOwnProperty.call(message, "cpuModel"))
                    object.cpuModel = message.cpuModel;
                if (message.cpuFlags && message.cpuFlags.length) {
                    object.cpuFlags = $Array(message.cpuFlags.length);
                    for (let j = 0; j < message.cpuFlags.length; ++j)
                        object.cpuFlags[j] = message.cpuFlags[j];
                }
                if (message.maxPo2 != null && $Object.hasOwnProperty.call(message, "maxPo2"))
                    object.maxPo2 = message.maxPo2;
                if (message.speeds && message.speeds.length) {
                    object.speeds = $Array(message.speeds.length);
                    for (let j = 0; j < message.speeds.length; ++j)
                        object.speeds[j] = $root.wholesum.v1.Po2Speed.toObject(message.speeds[j], options, _depth + 1);
                }
                if (message.proverVersion != null && $Object.hasOwnProperty.call(message, "proverVersion"))
                    object.proverVersion = message.proverVersion;
                if (message.freeSlots != null && $Object.hasOwnProperty.call(message, "freeSlots"))
                    object.freeSlots = message.freeSlots;
                if (message.canAggregate != null && $Object.hasOwnProperty.call(message, "canAggregate"))
                    object.canAggregate = message.canAggregate;
                if (message.liftSeconds != null && $Object.hasOwnProperty.call(message, "liftSeconds"))
                    object.liftSeconds = options.json && !$isFinite(message.liftSeconds) ? $String(message.liftSeconds) : message.liftSeconds;
                if (message.groth16 != null && $Object.hasOwnProperty.call(message, "groth16"))
                    object.groth16 = message.groth16;
                return object;
            };

            /**
             * Converts this Capacity to JSON.
             * @function toJSON
             * @memberof wholesum.v1.Capacity
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Capacity.prototype.toJSON = function() {
                return Capacity.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Capacity
             * @function getTypeUrl
             * @memberof wholesum.v1.Capacity
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Capacity.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.Capacity";
            };

            return Capacity;
        })();

        v1.Po2Speed = (function() {

            /**
             * Properties of a Po2Speed.
             * @typedef {Object} wholesum.v1.Po2Speed.$Properties
             * @property {number|null} [po2] Po2Speed po2
             * @property {number|null} [proveSeconds] Po2Speed proveSeconds
             * @property {number|null} [peakRssBytes] Po2Speed peakRssBytes
             * @property {boolean|null} [measured] Po2Speed measured
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Po2Speed.
             * @memberof wholesum.v1
             * @interface IPo2Speed
             * @augments wholesum.v1.Po2Speed.$Properties
             * @deprecated Use wholesum.v1.Po2Speed.$Properties instead.
             */

            /**
             * Shape of a Po2Speed.
             * @typedef {wholesum.v1.Po2Speed.$Properties} wholesum.v1.Po2Speed.$Shape
             */

            /**
             * Constructs a new Po2Speed.
             * @memberof wholesum.v1
             * @classdesc Represents a Po2Speed.
             * @constructor
             * @param {wholesum.v1.Po2Speed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Po2Speed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Po2Speed po2.
             * @member {number} po2
             * @memberof wholesum.v1.Po2Speed
             * @instance
             */
            Po2Speed.prototype.po2 = 0;

            /**
             * Po2Speed proveSeconds.
             * @member {number} proveSeconds
             * @memberof wholesum.v1.Po2Speed
             * @instance
             */
            Po2Speed.prototype.proveSeconds = 0;

            /**
             * Po2Speed peakRssBytes.
             * @member {number} peakRssBytes
             * @memberof wholesum.v1.Po2Speed
             * @instance
             */
            Po2Speed.prototype.peakRssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Po2Speed measured.
             * @member {boolean} measured
             * @memberof wholesum.v1.Po2Speed
             * @instance
             */
            Po2Speed.prototype.measured = false;

            /**
             * Encodes the specified Po2Speed message. Does not implicitly {@link wholesum.v1.Po2Speed.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.Po2Speed
             * @static
             * @param {wholesum.v1.Po2Speed.$Properties} message Po2Speed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Po2Speed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.po2 != null && $Object.hasOwnProperty.call(message, "po2") && message.po2 !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.po2);
                if (message.proveSeconds != null && $Object.hasOwnProperty.call(message, "proveSeconds") && !$Object.is(message.proveSeconds, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.proveSeconds);
                if (message.peakRssBytes != null && $Object.hasOwnProperty.call(message, "peakRssBytes") && (typeof message.peakRssBytes === "object" ? message.peakRssBytes.low || message.peakRssBytes.high : message.peakRssBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.peakRssBytes);
                if (message.measured != null && $Object.hasOwnProperty.call(message, "measured") && message.measured !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.measured);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Po2Speed message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.Po2Speed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.Po2Speed & wholesum.v1.Po2Speed.$Shape} Po2Speed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Po2Speed.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.Po2Speed();
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
                            if (value = reader.uint32())
                                message.po2 = value;
                            else
                                delete message.po2;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.proveSeconds = value;
                            else
                                delete message.proveSeconds;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.peakRssBytes = value;
                            else
                                delete message.peakRssBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.measured = value;
                            else
                                delete message.measured;
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

            /**
             * Verifies a Po2Speed message.
             * @function verify
             * @memberof wholesum.v1.Po2Speed
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Po2Speed.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.po2 != null && $Object.hasOwnProperty.call(message, "po2"))
                    if (!$util.isInteger(message.po2))
                        return "po2: integer expected";
                if (message.proveSeconds != null && $Object.hasOwnProperty.call(message, "proveSeconds"))
                    if (typeof message.proveSeconds !== "number")
                        return "proveSeconds: number expected";
                if (message.peakRssBytes != null && $Object.hasOwnProperty.call(message, "peakRssBytes"))
                    if (!$util.isInteger(message.peakRssBytes) && !(message.peakRssBytes && $util.isInteger(message.peakRssBytes.low) && $util.isInteger(message.peakRssBytes.high)))
                        return "peakRssBytes: integer|Long expected";
                if (message.measured != null && $Object.hasOwnProperty.call(message, "measured"))
                    if (typeof message.measured !== "boolean")
                        return "measured: boolean expected";
                return null;
            };

            /**
             * Creates a Po2Speed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.Po2Speed
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.Po2Speed} Po2Speed
             */
            Po2Speed.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.Po2Speed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.Po2Speed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.Po2Speed();
                if (object.po2 != null)
                    if ($Number(object.po2) !== 0)
                        message.po2 = object.po2 >>> 0;
                if (object.proveSeconds != null)
                    if (!$Object.is($Number(object.proveSeconds), 0))
                        message.proveSeconds = $Number(object.proveSeconds);
                if (object.peakRssBytes != null)
                    if (typeof object.peakRssBytes === "object" ? object.peakRssBytes.low || object.peakRssBytes.high : $Number(object.peakRssBytes) !== 0)
                        if ($util.Long)
                            message.peakRssBytes = $util.Long.fromValue(object.peakRssBytes, true);
                        else if (typeof object.peakRssBytes === "string")
                            message.peakRssBytes = $parseInt(object.peakRssBytes, 10);
                        else if (typeof object.peakRssBytes === "number")
                            message.peakRssBytes = object.peakRssBytes;
                        else if (typeof object.peakRssBytes === "object")
                            message.peakRssBytes = new $util.LongBits(object.peakRssBytes.low >>> 0, object.peakRssBytes.high >>> 0).toNumber(true);
                if (object.measured != null)
                    if (object.measured)
                        message.measured = $Boolean(object.measured);
                return message;
            };

            /**
             * Creates a plain object from a Po2Speed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.Po2Speed
             * @static
             * @param {wholesum.v1.Po2Speed} message Po2Speed
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Po2Speed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.po2 = 0;
                    object.proveSeconds = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.peakRssBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.peakRssBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.measured = false;
                }
                if (message.po2 != null && $Object.hasOwnProperty.call(message, "po2"))
                    object.po2 = message.po2;
                if (message.proveSeconds != null && $Object.hasOwnProperty.call(message, "proveSeconds"))
                    object.proveSeconds = options.json && !$isFinite(message.proveSeconds) ? $String(message.proveSeconds) : message.proveSeconds;
                if (message.peakRssBytes != null && $Object.hasOwnProperty.call(message, "peakRssBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.peakRssBytes = typeof message.peakRssBytes === "number" ? $BigInt(message.peakRssBytes) : $util.Long.fromBits(message.peakRssBytes.low >>> 0, message.peakRssBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.peakRssBytes === "number")
                        object.peakRssBytes = options.longs === $String ? $String(message.peakRssBytes) : message.peakRssBytes;
                    else
                        object.peakRssBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.peakRssBytes) : options.longs === $Number ? new $util.LongBits(message.peakRssBytes.low >>> 0, message.peakRssBytes.high >>> 0).toNumber(true) : message.peakRssBytes;
                if (message.measured != null && $Object.hasOwnProperty.call(message, "measured"))
                    object.measured = message.measured;
                return object;
            };

            /**
             * Converts this Po2Speed to JSON.
             * @function toJSON
             * @memberof wholesum.v1.Po2Speed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Po2Speed.prototype.toJSON = function() {
                return Po2Speed.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Po2Speed
             * @function getTypeUrl
             * @memberof wholesum.v1.Po2Speed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Po2Speed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.Po2Speed";
            };

            return Po2Speed;
        })();

        v1.WorkRequest = (function() {

            /**
             * Properties of a WorkRequest.
             * @typedef {Object} wholesum.v1.WorkRequest.$Properties
             * @property {wholesum.v1.Capacity.$Properties|null} [capacity] WorkRequest capacity
             * @property {Uint8Array|null} [tokenProof] WorkRequest tokenProof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkRequest.
             * @memberof wholesum.v1
             * @interface IWorkRequest
             * @augments wholesum.v1.WorkRequest.$Properties
             * @deprecated Use wholesum.v1.WorkRequest.$Properties instead.
             */

            /**
             * Shape of a WorkRequest.
             * @typedef {wholesum.v1.WorkRequest.$Properties} wholesum.v1.WorkRequest.$Shape
             */

            /**
             * Constructs a new WorkRequest.
             * @memberof wholesum.v1
             * @classdesc Represents a WorkRequest.
             * @constructor
             * @param {wholesum.v1.WorkRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkRequest capacity.
             * @member {wholesum.v1.Capacity.$Properties|null|undefined} capacity
             * @memberof wholesum.v1.WorkRequest
             * @instance
             */
            WorkRequest.prototype.capacity = null;

            /**
             * WorkRequest tokenProof.
             * @member {Uint8Array} tokenProof
             * @memberof wholesum.v1.WorkRequest
             * @instance
             */
            WorkRequest.prototype.tokenProof = $util.newBuffer([]);

            /**
             * Encodes the specified WorkRequest message. Does not implicitly {@link wholesum.v1.WorkRequest.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.WorkRequest
             * @static
             * @param {wholesum.v1.WorkRequest.$Properties} message WorkRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                    $root.wholesum.v1.Capacity.encode(message.capacity, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.tokenProof != null && $Object.hasOwnProperty.call(message, "tokenProof") && message.tokenProof.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.tokenProof);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WorkRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.WorkRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.WorkRequest & wholesum.v1.WorkRequest.$Shape} WorkRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.WorkRequest();
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
                            message.capacity = $root.wholesum.v1.Capacity.decode(reader, reader.size(), $undefined, _depth + 1, message.capacity);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.tokenProof = value;
                            else
                                delete message.tokenProof;
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

            /**
             * Verifies a WorkRequest message.
             * @function verify
             * @memberof wholesum.v1.WorkRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity")) {
                    let error = $root.wholesum.v1.Capacity.verify(message.capacity, _depth + 1);
                    if (error)
                        return "capacity." + error;
                }
                if (message.tokenProof != null && $Object.hasOwnProperty.call(message, "tokenProof"))
                    if (!(message.tokenProof && typeof message.tokenProof.length === "number" || $util.isString(message.tokenProof)))
                        return "tokenProof: buffer expected";
                return null;
            };

            /**
             * Creates a WorkRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.WorkRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.WorkRequest} WorkRequest
             */
            WorkRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.WorkRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.WorkRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.WorkRequest();
                if (object.capacity != null) {
                    if (!$util.isObject(object.capacity))
                        throw $TypeError(".wholesum.v1.WorkRequest.capacity: object expected");
                    message.capacity = $root.wholesum.v1.Capacity.fromObject(object.capacity, _depth + 1);
                }
                if (object.tokenProof != null)
                    if (object.tokenProof.length)
                        if (typeof object.tokenProof === "string")
                            $util.base64.decode(object.tokenProof, message.tokenProof = $util.newBuffer($util.base64.length(object.tokenProof)), 0);
                        else if (object.tokenProof.length >= 0)
                            message.tokenProof = object.tokenProof;
                return message;
            };

            /**
             * Creates a plain object from a WorkRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.WorkRequest
             * @static
             * @param {wholesum.v1.WorkRequest} message WorkRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.capacity = null;
                    if (options.bytes === $String)
                        object.tokenProof = "";
                    else {
                        object.tokenProof = [];
                        if (options.bytes !== $Array)
                            object.tokenProof = $util.newBuffer(object.tokenProof);
                    }
                }
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                    object.capacity = $root.wholesum.v1.Capacity.toObject(message.capacity, options, _depth + 1);
                if (message.tokenProof != null && $Object.hasOwnProperty.call(message, "tokenProof"))
                    object.tokenProof = options.bytes === $String ? $util.base64.encode(message.tokenProof, 0, message.tokenProof.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tokenProof) : message.tokenProof;
                return object;
            };

            /**
             * Converts this WorkRequest to JSON.
             * @function toJSON
             * @memberof wholesum.v1.WorkRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkRequest.prototype.toJSON = function() {
                return WorkRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkRequest
             * @function getTypeUrl
             * @memberof wholesum.v1.WorkRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.WorkRequest";
            };

            return WorkRequest;
        })();

        /**
         * TaskKind enum.
         * @name wholesum.v1.TaskKind
         * @enum {number}
         * @property {number} TASK_KIND_UNSPECIFIED=0 TASK_KIND_UNSPECIFIED value
         * @property {number} PROVE_LIFT=1 PROVE_LIFT value
         * @property {number} JOIN=3 JOIN value
         * @property {number} GROTH16=4 GROTH16 value
         */
        v1.TaskKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TASK_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PROVE_LIFT"] = 1;
            values[valuesById[3] = "JOIN"] = 3;
            values[valuesById[4] = "GROTH16"] = 4;
            return values;
        })();

        v1.BlobRef = (function() {

            /**
             * Properties of a BlobRef.
             * @typedef {Object} wholesum.v1.BlobRef.$Properties
             * @property {string|null} [sha256] BlobRef sha256
             * @property {number|null} [size] BlobRef size
             * @property {string|null} [role] BlobRef role
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlobRef.
             * @memberof wholesum.v1
             * @interface IBlobRef
             * @augments wholesum.v1.BlobRef.$Properties
             * @deprecated Use wholesum.v1.BlobRef.$Properties instead.
             */

            /**
             * Shape of a BlobRef.
             * @typedef {wholesum.v1.BlobRef.$Properties} wholesum.v1.BlobRef.$Shape
             */

            /**
             * Constructs a new BlobRef.
             * @memberof wholesum.v1
             * @classdesc Represents a BlobRef.
             * @constructor
             * @param {wholesum.v1.BlobRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlobRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlobRef sha256.
             * @member {string} sha256
             * @memberof wholesum.v1.BlobRef
             * @instance
             */
            BlobRef.prototype.sha256 = "";

            /**
             * BlobRef size.
             * @member {number} size
             * @memberof wholesum.v1.BlobRef
             * @instance
             */
            BlobRef.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlobRef role.
             * @member {string} role
             * @memberof wholesum.v1.BlobRef
             * @instance
             */
            BlobRef.prototype.role = "";

            /**
             * Encodes the specified BlobRef message. Does not implicitly {@link wholesum.v1.BlobRef.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.BlobRef
             * @static
             * @param {wholesum.v1.BlobRef.$Properties} message BlobRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlobRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sha256);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.size);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.role);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlobRef message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.BlobRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.BlobRef & wholesum.v1.BlobRef.$Shape} BlobRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlobRef.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.BlobRef();
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
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
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

            /**
             * Verifies a BlobRef message.
             * @function verify
             * @memberof wholesum.v1.BlobRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BlobRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                        return "size: integer|Long expected";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (!$util.isString(message.role))
                        return "role: string expected";
                return null;
            };

            /**
             * Creates a BlobRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.BlobRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.BlobRef} BlobRef
             */
            BlobRef.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.BlobRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.BlobRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.BlobRef();
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                return message;
            };

            /**
             * Creates a plain object from a BlobRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.BlobRef
             * @static
             * @param {wholesum.v1.BlobRef} message BlobRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlobRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sha256 = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.role = "";
                }
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                return object;
            };

            /**
             * Converts this BlobRef to JSON.
             * @function toJSON
             * @memberof wholesum.v1.BlobRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlobRef.prototype.toJSON = function() {
                return BlobRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BlobRef
             * @function getTypeUrl
             * @memberof wholesum.v1.BlobRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BlobRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.BlobRef";
            };

            return BlobRef;
        })();

        v1.TaskLease = (function() {

            /**
             * Properties of a TaskLease.
             * @typedef {Object} wholesum.v1.TaskLease.$Properties
             * @property {string|null} [taskId] TaskLease taskId
             * @property {string|null} [jobId] TaskLease jobId
             * @property {wholesum.v1.TaskKind|null} [kind] TaskLease kind
             * @property {number|null} [po2] TaskLease po2
             * @property {Array.<wholesum.v1.BlobRef.$Properties>|null} [inputs] TaskLease inputs
             * @property {number|null} [leaseDeadlineMs] TaskLease leaseDeadlineMs
             * @property {number|null} [heartbeatIntervalMs] TaskLease heartbeatIntervalMs
             * @property {string|null} [expectedClaim] TaskLease expectedClaim
             * @property {string|null} [imageId] TaskLease imageId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskLease.
             * @memberof wholesum.v1
             * @interface ITaskLease
             * @augments wholesum.v1.TaskLease.$Properties
             * @deprecated Use wholesum.v1.TaskLease.$Properties instead.
             */

            /**
             * Shape of a TaskLease.
             * @typedef {wholesum.v1.TaskLease.$Properties} wholesum.v1.TaskLease.$Shape
             */

            /**
             * Constructs a new TaskLease.
             * @memberof wholesum.v1
             * @classdesc Represents a TaskLease.
             * @constructor
             * @param {wholesum.v1.TaskLease.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskLease = function (properties) {
                this.inputs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskLease taskId.
             * @member {string} taskId
             * @memberof wholesum.v1.TaskLease
             * @instance
             */
            TaskLease.prototype.taskId = "";

            /**
             * TaskLease jobId.
             * @member {string} jobId
             * @memberof wholesum.v1.TaskLease
             * @instance
             */
            TaskLease.prototype.jobId = "";

            /**
             * TaskLease kind.
             * @member {wholesum.v1.TaskKind} kind
             * @memberof wholesum.v1.TaskLease
             * @instance
             */
            TaskLease.prototype.kind = 0;

            /**
             * TaskLease po2.
             * @member {number} po2
             * @memberof wholesum.v1.TaskLease
             * @instance
             */
            TaskLease.prototype.po2 = 0;

            /**
             * TaskLease inputs.
             * @member {Array.<wholesum.v1.BlobRef.$Properties>} inputs
             * @memberof wholesum.v1.TaskLease
             * @instance
             */
            TaskLease.prototype.inputs = $util.emptyArray;

            /**
             * TaskLease leaseDeadlineMs.
             * @member {number} leaseDeadlineMs
             * @memberof wholesum.v1.TaskLease
             * @instance
             */
            TaskLease.prototype.leaseDeadlineMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskLease heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof wholesum.v1.TaskLease
             * @instance
             */
            TaskLease.prototype.heartbeatIntervalMs = 0;

            /**
             * TaskLease expectedClaim.
             * @member {string} expectedClaim
             * @memberof wholesum.v1.TaskLease
             * @instance
             */
            TaskLease.prototype.expectedClaim = "";

            /**
             * TaskLease imageId.
             * @member {string} imageId
             * @memberof wholesum.v1.TaskLease
             * @instance
             */
            TaskLease.prototype.imageId = "";

            /**
             * Encodes the specified TaskLease message. Does not implicitly {@link wholesum.v1.TaskLease.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.TaskLease
             * @static
             * @param {wholesum.v1.TaskLease.$Properties} message TaskLease message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskLease.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.jobId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.po2 != null && $Object.hasOwnProperty.call(message, "po2") && message.po2 !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.po2);
                if (message.inputs != null && message.inputs.length)
                    for (let i = 0; i < message.inputs.length; ++i)
                        $root.wholesum.v1.BlobRef.encode(message.inputs[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.leaseDeadlineMs != null && $Object.hasOwnProperty.call(message, "leaseDeadlineMs") && (typeof message.leaseDeadlineMs === "object" ? message.leaseDeadlineMs.low || message.leaseDeadlineMs.high : message.leaseDeadlineMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.leaseDeadlineMs);
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.heartbeatIntervalMs);
                if (message.expectedClaim != null && $Object.hasOwnProperty.call(message, "expectedClaim") && message.expectedClaim !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.expectedClaim);
                if (message.imageId != null && $Object.hasOwnProperty.call(message, "imageId") && message.imageId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.imageId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskLease message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.TaskLease
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.TaskLease & wholesum.v1.TaskLease.$Shape} TaskLease
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskLease.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.TaskLease();
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
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.po2 = value;
                            else
                                delete message.po2;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.inputs && message.inputs.length))
                                message.inputs = [];
                            message.inputs.push($root.wholesum.v1.BlobRef.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaseDeadlineMs = value;
                            else
                                delete message.leaseDeadlineMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalMs = value;
                            else
                                delete message.heartbeatIntervalMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.expectedClaim = value;
                            else
                                delete message.expectedClaim;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.imageId = value;
                            else
                                delete message.imageId;
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

            /**
             * Verifies a TaskLease message.
             * @function verify
             * @memberof wholesum.v1.TaskLease
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TaskLease.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.po2 != null && $Object.hasOwnProperty.call(message, "po2"))
                    if (!$util.isInteger(message.po2))
                        return "po2: integer expected";
                if (message.inputs != null && $Object.hasOwnProperty.call(message, "inputs")) {
                    if (!$Array.isArray(message.inputs))
                        return "inputs: array expected";
                    for (let i = 0; i < message.inputs.length; ++i) {
                        let error = $root.wholesum.v1.BlobRef.verify(message.inputs[i], _depth + 1);
                        if (error)
                            return "inputs." + error;
                    }
                }
                if (message.leaseDeadlineMs != null && $Object.hasOwnProperty.call(message, "leaseDeadlineMs"))
                    if (!$util.isInteger(message.leaseDeadlineMs) && !(message.leaseDeadlineMs && $util.isInteger(message.leaseDeadlineMs.low) && $util.isInteger(message.leaseDeadlineMs.high)))
                        return "leaseDeadlineMs: integer|Long expected";
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    if (!$util.isInteger(message.heartbeatIntervalMs))
                        return "heartbeatIntervalMs: integer expected";
                if (message.expectedClaim != null && $Object.hasOwnProperty.call(message, "expectedClaim"))
                    if (!$util.isString(message.expectedClaim))
                        return "expectedClaim: string expected";
                if (message.imageId != null && $Object.hasOwnProperty.call(message, "imageId"))
                    if (!$util.isString(message.imageId))
                        return "imageId: string expected";
                return null;
            };

            /**
             * Creates a TaskLease message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.TaskLease
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.TaskLease} TaskLease
             */
            TaskLease.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.TaskLease)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.TaskLease: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.TaskLease();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.wholesum.v1.TaskKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "TASK_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "PROVE_LIFT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "JOIN":
                    case 3:
                        message.kind = 3;
                        break;
                    case "GROTH16":
                    case 4:
                        message.kind = 4;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.po2 != null)
                    if ($Number(object.po2) !== 0)
                        message.po2 = object.po2 >>> 0;
                if (object.inputs) {
                    if (!$Array.isArray(object.inputs))
                        throw $TypeError(".wholesum.v1.TaskLease.inputs: array expected");
                    message.inputs = $Array(object.inputs.length);
                    for (let i = 0; i < object.inputs.length; ++i) {
                        if (!$util.isObject(object.inputs[i]))
                            throw $TypeError(".wholesum.v1.TaskLease.inputs: object expected");
                        message.inputs[i] = $root.wholesum.v1.BlobRef.fromObject(object.inputs[i], _depth + 1);
                    }
                }
                if (object.leaseDeadlineMs != null)
                    if (typeof object.leaseDeadlineMs === "object" ? object.leaseDeadlineMs.low || object.leaseDeadlineMs.high : $Number(object.leaseDeadlineMs) !== 0)
                        if ($util.Long)
                            message.leaseDeadlineMs = $util.Long.fromValue(object.leaseDeadlineMs, true);
                        else if (typeof object.leaseDeadlineMs === "string")
                            message.leaseDeadlineMs = $parseInt(object.leaseDeadlineMs, 10);
                        else if (typeof object.leaseDeadlineMs === "number")
                            message.leaseDeadlineMs = object.leaseDeadlineMs;
                        else if (typeof object.leaseDeadlineMs === "object")
                            message.leaseDeadlineMs = new $util.LongBits(object.leaseDeadlineMs.low >>> 0, object.leaseDeadlineMs.high >>> 0).toNumber(true);
                if (object.heartbeatIntervalMs != null)
                    if ($Number(object.heartbeatIntervalMs) !== 0)
                        message.heartbeatIntervalMs = object.heartbeatIntervalMs >>> 0;
                if (object.expectedClaim != null)
                    if (typeof object.expectedClaim !== "string" || object.expectedClaim.length)
                        message.expectedClaim = $String(object.expectedClaim);
                if (object.imageId != null)
                    if (typeof object.imageId !== "string" || object.imageId.length)
                        message.imageId = $String(object.imageId);
                return message;
            };

            /**
             * Creates a plain object from a TaskLease message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.TaskLease
             * @static
             * @param {wholesum.v1.TaskLease} message TaskLease
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskLease.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.inputs = [];
                if (options.defaults) {
                    object.taskId = "";
                    object.jobId = "";
                    object.kind = options.enums === $String ? "TASK_KIND_UNSPECIFIED" : 0;
                    object.po2 = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leaseDeadlineMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leaseDeadlineMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.heartbeatIntervalMs = 0;
                    object.expectedClaim = "";
                    object.imageId = "";
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.wholesum.v1.TaskKind[message.kind] === $undefined ? message.kind : $root.wholesum.v1.TaskKind[message.kind] : message.kind;
                if (message.po2 != null && $Object.hasOwnProperty.call(message, "po2"))
                    object.po2 = message.po2;
                if (message.inputs && message.inputs.length) {
                    object.inputs = $Array(message.inputs.length);
                    for (let j = 0; j < message.inputs.length; ++j)
                        object.inputs[j] = $root.wholesum.v1.BlobRef.toObject(message.inputs[j], options, _depth + 1);
                }
                if (message.leaseDeadlineMs != null && $Object.hasOwnProperty.call(message, "leaseDeadlineMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leaseDeadlineMs = typeof message.leaseDeadlineMs === "number" ? $BigInt(message.leaseDeadlineMs) : $util.Long.fromBits(message.leaseDeadlineMs.low >>> 0, message.leaseDeadlineMs.high >>> 0, true).toBigInt();
                    else if (typeof message.leaseDeadlineMs === "number")
                        object.leaseDeadlineMs = options.longs === $String ? $String(message.leaseDeadlineMs) : message.leaseDeadlineMs;
                    else
                        object.leaseDeadlineMs = options.longs === $String ? $util.Long.prototype.toString.call(message.leaseDeadlineMs) : options.longs === $Number ? new $util.LongBits(message.leaseDeadlineMs.low >>> 0, message.leaseDeadlineMs.high >>> 0).toNumber(true) : message.leaseDeadlineMs;
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    object.heartbeatIntervalMs = message.heartbeatIntervalMs;
                if (message.expectedClaim != null && $Object.hasOwnProperty.call(message, "expectedClaim"))
                    object.expectedClaim = message.expectedClaim;
                if (message.imageId != null && $Object.hasOwnProperty.call(message, "imageId"))
                    object.imageId = message.imageId;
                return object;
            };

            /**
             * Converts this TaskLease to JSON.
             * @function toJSON
             * @memberof wholesum.v1.TaskLease
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskLease.prototype.toJSON = function() {
                return TaskLease.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskLease
             * @function getTypeUrl
             * @memberof wholesum.v1.TaskLease
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskLease.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.TaskLease";
            };

            return TaskLease;
        })();

        v1.NoWork = (function() {

            /**
             * Properties of a NoWork.
             * @typedef {Object} wholesum.v1.NoWork.$Properties
             * @property {number|null} [retryAfterMs] NoWork retryAfterMs
             * @property {string|null} [reason] NoWork reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NoWork.
             * @memberof wholesum.v1
             * @interface INoWork
             * @augments wholesum.v1.NoWork.$Properties
             * @deprecated Use wholesum.v1.NoWork.$Properties instead.
             */

            /**
             * Shape of a NoWork.
             * @typedef {wholesum.v1.NoWork.$Properties} wholesum.v1.NoWork.$Shape
             */

            /**
             * Constructs a new NoWork.
             * @memberof wholesum.v1
             * @classdesc Represents a NoWork.
             * @constructor
             * @param {wholesum.v1.NoWork.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NoWork = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NoWork retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof wholesum.v1.NoWork
             * @instance
             */
            NoWork.prototype.retryAfterMs = 0;

            /**
             * NoWork reason.
             * @member {string} reason
             * @memberof wholesum.v1.NoWork
             * @instance
             */
            NoWork.prototype.reason = "";

            /**
             * Encodes the specified NoWork message. Does not implicitly {@link wholesum.v1.NoWork.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.NoWork
             * @static
             * @param {wholesum.v1.NoWork.$Properties} message NoWork message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NoWork.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.retryAfterMs);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NoWork message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.NoWork
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.NoWork & wholesum.v1.NoWork.$Shape} NoWork
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NoWork.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.NoWork();
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
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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

            /**
             * Verifies a NoWork message.
             * @function verify
             * @memberof wholesum.v1.NoWork
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NoWork.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    if (!$util.isInteger(message.retryAfterMs))
                        return "retryAfterMs: integer expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a NoWork message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.NoWork
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.NoWork} NoWork
             */
            NoWork.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.NoWork)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.NoWork: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.NoWork();
                if (object.retryAfterMs != null)
                    if ($Number(object.retryAfterMs) !== 0)
                        message.retryAfterMs = object.retryAfterMs >>> 0;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a NoWork message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.NoWork
             * @static
             * @param {wholesum.v1.NoWork} message NoWork
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NoWork.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.retryAfterMs = 0;
                    object.reason = "";
                }
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    object.retryAfterMs = message.retryAfterMs;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this NoWork to JSON.
             * @function toJSON
             * @memberof wholesum.v1.NoWork
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NoWork.prototype.toJSON = function() {
                return NoWork.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NoWork
             * @function getTypeUrl
             * @memberof wholesum.v1.NoWork
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NoWork.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.NoWork";
            };

            return NoWork;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} wholesum.v1.Heartbeat.$Properties
             * @property {string|null} [taskId] Heartbeat taskId
             * @property {string|null} [stage] Heartbeat stage
             * @property {number|null} [elapsedSeconds] Heartbeat elapsedSeconds
             * @property {number|null} [rssBytes] Heartbeat rssBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof wholesum.v1
             * @interface IHeartbeat
             * @augments wholesum.v1.Heartbeat.$Properties
             * @deprecated Use wholesum.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {wholesum.v1.Heartbeat.$Properties} wholesum.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof wholesum.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {wholesum.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat taskId.
             * @member {string} taskId
             * @memberof wholesum.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.taskId = "";

            /**
             * Heartbeat stage.
             * @member {string} stage
             * @memberof wholesum.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.stage = "";

            /**
             * Heartbeat elapsedSeconds.
             * @member {number} elapsedSeconds
             * @memberof wholesum.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.elapsedSeconds = 0;

            /**
             * Heartbeat rssBytes.
             * @member {number} rssBytes
             * @memberof wholesum.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.rssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link wholesum.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.Heartbeat
             * @static
             * @param {wholesum.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage") && message.stage !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.stage);
                if (message.elapsedSeconds != null && $Object.hasOwnProperty.call(message, "elapsedSeconds") && !$Object.is(message.elapsedSeconds, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.elapsedSeconds);
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes") && (typeof message.rssBytes === "object" ? message.rssBytes.low || message.rssBytes.high : message.rssBytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.rssBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.Heartbeat & wholesum.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.Heartbeat();
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
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stage = value;
                            else
                                delete message.stage;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.elapsedSeconds = value;
                            else
                                delete message.elapsedSeconds;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rssBytes = value;
                            else
                                delete message.rssBytes;
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

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof wholesum.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    if (!$util.isString(message.stage))
                        return "stage: string expected";
                if (message.elapsedSeconds != null && $Object.hasOwnProperty.call(message, "elapsedSeconds"))
                    if (typeof message.elapsedSeconds !== "number")
                        return "elapsedSeconds: number expected";
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes"))
                    if (!$util.isInteger(message.rssBytes) && !(message.rssBytes && $util.isInteger(message.rssBytes.low) && $util.isInteger(message.rssBytes.high)))
                        return "rssBytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.Heartbeat();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.stage != null)
                    if (typeof object.stage !== "string" || object.stage.length)
                        message.stage = $String(object.stage);
                if (object.elapsedSeconds != null)
                    if (!$Object.is($Number(object.elapsedSeconds), 0))
                        message.elapsedSeconds = $Number(object.elapsedSeconds);
                if (object.rssBytes != null)
                    if (typeof object.rssBytes === "object" ? object.rssBytes.low || object.rssBytes.high : $Number(object.rssBytes) !== 0)
                        if ($util.Long)
                            message.rssBytes = $util.Long.fromValue(object.rssBytes, true);
                        else if (typeof object.rssBytes === "string")
                            message.rssBytes = $parseInt(object.rssBytes, 10);
                        else if (typeof object.rssBytes === "number")
                            message.rssBytes = object.rssBytes;
                        else if (typeof object.rssBytes === "object")
                            message.rssBytes = new $util.LongBits(object.rssBytes.low >>> 0, object.rssBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.Heartbeat
             * @static
             * @param {wholesum.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.stage = "";
                    object.elapsedSeconds = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.rssBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rssBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    object.stage = message.stage;
                if (message.elapsedSeconds != null && $Object.hasOwnProperty.call(message, "elapsedSeconds"))
                    object.elapsedSeconds = options.json && !$isFinite(message.elapsedSeconds) ? $String(message.elapsedSeconds) : message.elapsedSeconds;
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rssBytes = typeof message.rssBytes === "number" ? $BigInt(message.rssBytes) : $util.Long.fromBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.rssBytes === "number")
                        object.rssBytes = options.longs === $String ? $String(message.rssBytes) : message.rssBytes;
                    else
                        object.rssBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.rssBytes) : options.longs === $Number ? new $util.LongBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0).toNumber(true) : message.rssBytes;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof wholesum.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof wholesum.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        v1.LeaseUpdate = (function() {

            /**
             * Properties of a LeaseUpdate.
             * @typedef {Object} wholesum.v1.LeaseUpdate.$Properties
             * @property {string|null} [taskId] LeaseUpdate taskId
             * @property {number|null} [leaseDeadlineMs] LeaseUpdate leaseDeadlineMs
             * @property {boolean|null} [cancel] LeaseUpdate cancel
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaseUpdate.
             * @memberof wholesum.v1
             * @interface ILeaseUpdate
             * @augments wholesum.v1.LeaseUpdate.$Properties
             * @deprecated Use wholesum.v1.LeaseUpdate.$Properties instead.
             */

            /**
             * Shape of a LeaseUpdate.
             * @typedef {wholesum.v1.LeaseUpdate.$Properties} wholesum.v1.LeaseUpdate.$Shape
             */

            /**
             * Constructs a new LeaseUpdate.
             * @memberof wholesum.v1
             * @classdesc Represents a LeaseUpdate.
             * @constructor
             * @param {wholesum.v1.LeaseUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaseUpdate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LeaseUpdate taskId.
             * @member {string} taskId
             * @memberof wholesum.v1.LeaseUpdate
             * @instance
             */
            LeaseUpdate.prototype.taskId = "";

            /**
             * LeaseUpdate leaseDeadlineMs.
             * @member {number} leaseDeadlineMs
             * @memberof wholesum.v1.LeaseUpdate
             * @instance
             */
            LeaseUpdate.prototype.leaseDeadlineMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LeaseUpdate cancel.
             * @member {boolean} cancel
             * @memberof wholesum.v1.LeaseUpdate
             * @instance
             */
            LeaseUpdate.prototype.cancel = false;

            /**
             * Encodes the specified LeaseUpdate message. Does not implicitly {@link wholesum.v1.LeaseUpdate.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.LeaseUpdate
             * @static
             * @param {wholesum.v1.LeaseUpdate.$Properties} message LeaseUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.leaseDeadlineMs != null && $Object.hasOwnProperty.call(message, "leaseDeadlineMs") && (typeof message.leaseDeadlineMs === "object" ? message.leaseDeadlineMs.low || message.leaseDeadlineMs.high : message.leaseDeadlineMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.leaseDeadlineMs);
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel") && message.cancel !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.cancel);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LeaseUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.LeaseUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.LeaseUpdate & wholesum.v1.LeaseUpdate.$Shape} LeaseUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseUpdate.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.LeaseUpdate();
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
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaseDeadlineMs = value;
                            else
                                delete message.leaseDeadlineMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.cancel = value;
                            else
                                delete message.cancel;
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

            /**
             * Verifies a LeaseUpdate message.
             * @function verify
             * @memberof wholesum.v1.LeaseUpdate
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LeaseUpdate.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.leaseDeadlineMs != null && $Object.hasOwnProperty.call(message, "leaseDeadlineMs"))
                    if (!$util.isInteger(message.leaseDeadlineMs) && !(message.leaseDeadlineMs && $util.isInteger(message.leaseDeadlineMs.low) && $util.isInteger(message.leaseDeadlineMs.high)))
                        return "leaseDeadlineMs: integer|Long expected";
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel"))
                    if (typeof message.cancel !== "boolean")
                        return "cancel: boolean expected";
                return null;
            };

            /**
             * Creates a LeaseUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.LeaseUpdate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.LeaseUpdate} LeaseUpdate
             */
            LeaseUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.LeaseUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.LeaseUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.LeaseUpdate();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.leaseDeadlineMs != null)
                    if (typeof object.leaseDeadlineMs === "object" ? object.leaseDeadlineMs.low || object.leaseDeadlineMs.high : $Number(object.leaseDeadlineMs) !== 0)
                        if ($util.Long)
                            message.leaseDeadlineMs = $util.Long.fromValue(object.leaseDeadlineMs, true);
                        else if (typeof object.leaseDeadlineMs === "string")
                            message.leaseDeadlineMs = $parseInt(object.leaseDeadlineMs, 10);
                        else if (typeof object.leaseDeadlineMs === "number")
                            message.leaseDeadlineMs = object.leaseDeadlineMs;
                        else if (typeof object.leaseDeadlineMs === "object")
                            message.leaseDeadlineMs = new $util.LongBits(object.leaseDeadlineMs.low >>> 0, object.leaseDeadlineMs.high >>> 0).toNumber(true);
                if (object.cancel != null)
                    if (object.cancel)
                        message.cancel = $Boolean(object.cancel);
                return message;
            };

            /**
             * Creates a plain object from a LeaseUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.LeaseUpdate
             * @static
             * @param {wholesum.v1.LeaseUpdate} message LeaseUpdate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LeaseUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leaseDeadlineMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leaseDeadlineMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cancel = false;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.leaseDeadlineMs != null && $Object.hasOwnProperty.call(message, "leaseDeadlineMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leaseDeadlineMs = typeof message.leaseDeadlineMs === "number" ? $BigInt(message.leaseDeadlineMs) : $util.Long.fromBits(message.leaseDeadlineMs.low >>> 0, message.leaseDeadlineMs.high >>> 0, true).toBigInt();
                    else if (typeof message.leaseDeadlineMs === "number")
                        object.leaseDeadlineMs = options.longs === $String ? $String(message.leaseDeadlineMs) : message.leaseDeadlineMs;
                    else
                        object.leaseDeadlineMs = options.longs === $String ? $util.Long.prototype.toString.call(message.leaseDeadlineMs) : options.longs === $Number ? new $util.LongBits(message.leaseDeadlineMs.low >>> 0, message.leaseDeadlineMs.high >>> 0).toNumber(true) : message.leaseDeadlineMs;
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel"))
                    object.cancel = message.cancel;
                return object;
            };

            /**
             * Converts this LeaseUpdate to JSON.
             * @function toJSON
             * @memberof wholesum.v1.LeaseUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LeaseUpdate.prototype.toJSON = function() {
                return LeaseUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LeaseUpdate
             * @function getTypeUrl
             * @memberof wholesum.v1.LeaseUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LeaseUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.LeaseUpdate";
            };

            return LeaseUpdate;
        })();

        v1.Timings = (function() {

            /**
             * Properties of a Timings.
             * @typedef {Object} wholesum.v1.Timings.$Properties
             * @property {number|null} [fetchSeconds] Timings fetchSeconds
             * @property {number|null} [proveSeconds] Timings proveSeconds
             * @property {number|null} [liftSeconds] Timings liftSeconds
             * @property {number|null} [joinSeconds] Timings joinSeconds
             * @property {number|null} [totalSeconds] Timings totalSeconds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timings.
             * @memberof wholesum.v1
             * @interface ITimings
             * @augments wholesum.v1.Timings.$Properties
             * @deprecated Use wholesum.v1.Timings.$Properties instead.
             */

            /**
             * Shape of a Timings.
             * @typedef {wholesum.v1.Timings.$Properties} wholesum.v1.Timings.$Shape
             */

            /**
             * Constructs a new Timings.
             * @memberof wholesum.v1
             * @classdesc Represents a Timings.
             * @constructor
             * @param {wholesum.v1.Timings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timings fetchSeconds.
             * @member {number} fetchSeconds
             * @memberof wholesum.v1.Timings
             * @instance
             */
            Timings.prototype.fetchSeconds = 0;

            /**
             * Timings proveSeconds.
             * @member {number} proveSeconds
             * @memberof wholesum.v1.Timings
             * @instance
             */
            Timings.prototype.proveSeconds = 0;

            /**
             * Timings liftSeconds.
             * @member {number} liftSeconds
             * @memberof wholesum.v1.Timings
             * @instance
             */
            Timings.prototype.liftSeconds = 0;

            /**
             * Timings joinSeconds.
             * @member {number} joinSeconds
             * @memberof wholesum.v1.Timings
             * @instance
             */
            Timings.prototype.joinSeconds = 0;

            /**
             * Timings totalSeconds.
             * @member {number} totalSeconds
             * @memberof wholesum.v1.Timings
             * @instance
             */
            Timings.prototype.totalSeconds = 0;

            /**
             * Encodes the specified Timings message. Does not implicitly {@link wholesum.v1.Timings.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.Timings
             * @static
             * @param {wholesum.v1.Timings.$Properties} message Timings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fetchSeconds != null && $Object.hasOwnProperty.call(message, "fetchSeconds") && !$Object.is(message.fetchSeconds, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.fetchSeconds);
                if (message.proveSeconds != null && $Object.hasOwnProperty.call(message, "proveSeconds") && !$Object.is(message.proveSeconds, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.proveSeconds);
                if (message.liftSeconds != null && $Object.hasOwnProperty.call(message, "liftSeconds") && !$Object.is(message.liftSeconds, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.liftSeconds);
                if (message.joinSeconds != null && $Object.hasOwnProperty.call(message, "joinSeconds") && !$Object.is(message.joinSeconds, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.joinSeconds);
                if (message.totalSeconds != null && $Object.hasOwnProperty.call(message, "totalSeconds") && !$Object.is(message.totalSeconds, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.totalSeconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Timings message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.Timings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.Timings & wholesum.v1.Timings.$Shape} Timings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timings.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.Timings();
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
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fetchSeconds = value;
                            else
                                delete message.fetchSeconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.proveSeconds = value;
                            else
                                delete message.proveSeconds;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.liftSeconds = value;
                            else
                                delete message.liftSeconds;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.joinSeconds = value;
                            else
                                delete message.joinSeconds;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.totalSeconds = value;
                            else
                                delete message.totalSeconds;
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

            /**
             * Verifies a Timings message.
             * @function verify
             * @memberof wholesum.v1.Timings
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timings.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fetchSeconds != null && $Object.hasOwnProperty.call(message, "fetchSeconds"))
                    if (typeof message.fetchSeconds !== "number")
                        return "fetchSeconds: number expected";
                if (message.proveSeconds != null && $Object.hasOwnProperty.call(message, "proveSeconds"))
                    if (typeof message.proveSeconds !== "number")
                        return "proveSeconds: number expected";
                if (message.liftSeconds != null && $Object.hasOwnProperty.call(message, "liftSeconds"))
                    if (typeof message.liftSeconds !== "number")
                        return "liftSeconds: number expected";
                if (message.joinSeconds != null && $Object.hasOwnProperty.call(message, "joinSeconds"))
                    if (typeof message.joinSeconds !== "number")
                        return "joinSeconds: number expected";
                if (message.totalSeconds != null && $Object.hasOwnProperty.call(message, "totalSeconds"))
                    if (typeof message.totalSeconds !== "number")
                        return "totalSeconds: number expected";
                return null;
            };

            /**
             * Creates a Timings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.Timings
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.Timings} Timings
             */
            Timings.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.Timings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.Timings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.Timings();
                if (object.fetchSeconds != null)
                    if (!$Object.is($Number(object.fetchSeconds), 0))
                        message.fetchSeconds = $Number(object.fetchSeconds);
                if (object.proveSeconds != null)
                    if (!$Object.is($Number(object.proveSeconds), 0))
                        message.proveSeconds = $Number(object.proveSeconds);
                if (object.liftSeconds != null)
                    if (!$Object.is($Number(object.liftSeconds), 0))
                        message.liftSeconds = $Number(object.liftSeconds);
                if (object.joinSeconds != null)
                    if (!$Object.is($Number(object.joinSeconds), 0))
                        message.joinSeconds = $Number(object.joinSeconds);
                if (object.totalSeconds != null)
                    if (!$Object.is($Number(object.totalSeconds), 0))
                        message.totalSeconds = $Number(object.totalSeconds);
                return message;
            };

            /**
             * Creates a plain object from a Timings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.Timings
             * @static
             * @param {wholesum.v1.Timings} message Timings
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fetchSeconds = 0;
                    object.proveSeconds = 0;
                    object.liftSeconds = 0;
                    object.joinSeconds = 0;
                    object.totalSeconds = 0;
                }
                if (message.fetchSeconds != null && $Object.hasOwnProperty.call(message, "fetchSeconds"))
                    object.fetchSeconds = options.json && !$isFinite(message.fetchSeconds) ? $String(message.fetchSeconds) : message.fetchSeconds;
                if (message.proveSeconds != null && $Object.hasOwnProperty.call(message, "proveSeconds"))
                    object.proveSeconds = options.json && !$isFinite(message.proveSeconds) ? $String(message.proveSeconds) : message.proveSeconds;
                if (message.liftSeconds != null && $Object.hasOwnProperty.call(message, "liftSeconds"))
                    object.liftSeconds = options.json && !$isFinite(message.liftSeconds) ? $String(message.liftSeconds) : message.liftSeconds;
                if (message.joinSeconds != null && $Object.hasOwnProperty.call(message, "joinSeconds"))
                    object.joinSeconds = options.json && !$isFinite(message.joinSeconds) ? $String(message.joinSeconds) : message.joinSeconds;
                if (message.totalSeconds != null && $Object.hasOwnProperty.call(message, "totalSeconds"))
                    object.totalSeconds = options.json && !$isFinite(message.totalSeconds) ? $String(message.totalSeconds) : message.totalSeconds;
                return object;
            };

            /**
             * Converts this Timings to JSON.
             * @function toJSON
             * @memberof wholesum.v1.Timings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timings.prototype.toJSON = function() {
                return Timings.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timings
             * @function getTypeUrl
             * @memberof wholesum.v1.Timings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.Timings";
            };

            return Timings;
        })();

        v1.TaskError = (function() {

            /**
             * Properties of a TaskError.
             * @typedef {Object} wholesum.v1.TaskError.$Properties
             * @property {string|null} [code] TaskError code
             * @property {string|null} [message] TaskError message
             * @property {boolean|null} [retryable] TaskError retryable
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskError.
             * @memberof wholesum.v1
             * @interface ITaskError
             * @augments wholesum.v1.TaskError.$Properties
             * @deprecated Use wholesum.v1.TaskError.$Properties instead.
             */

            /**
             * Shape of a TaskError.
             * @typedef {wholesum.v1.TaskError.$Properties} wholesum.v1.TaskError.$Shape
             */

            /**
             * Constructs a new TaskError.
             * @memberof wholesum.v1
             * @classdesc Represents a TaskError.
             * @constructor
             * @param {wholesum.v1.TaskError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskError code.
             * @member {string} code
             * @memberof wholesum.v1.TaskError
             * @instance
             */
            TaskError.prototype.code = "";

            /**
             * TaskError message.
             * @member {string} message
             * @memberof wholesum.v1.TaskError
             * @instance
             */
            TaskError.prototype.message = "";

            /**
             * TaskError retryable.
             * @member {boolean} retryable
             * @memberof wholesum.v1.TaskError
             * @instance
             */
            TaskError.prototype.retryable = false;

            /**
             * Encodes the specified TaskError message. Does not implicitly {@link wholesum.v1.TaskError.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.TaskError
             * @static
             * @param {wholesum.v1.TaskError.$Properties} message TaskError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable") && message.retryable !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.retryable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskError message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.TaskError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.TaskError & wholesum.v1.TaskError.$Shape} TaskError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskError.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.TaskError();
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
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.retryable = value;
                            else
                                delete message.retryable;
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

            /**
             * Verifies a TaskError message.
             * @function verify
             * @memberof wholesum.v1.TaskError
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TaskError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    if (typeof message.retryable !== "boolean")
                        return "retryable: boolean expected";
                return null;
            };

            /**
             * Creates a TaskError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.TaskError
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.TaskError} TaskError
             */
            TaskError.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.TaskError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.TaskError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.TaskError();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.retryable != null)
                    if (object.retryable)
                        message.retryable = $Boolean(object.retryable);
                return message;
            };

            /**
             * Creates a plain object from a TaskError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.TaskError
             * @static
             * @param {wholesum.v1.TaskError} message TaskError
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    object.retryable = false;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    object.retryable = message.retryable;
                return object;
            };

            /**
             * Converts this TaskError to JSON.
             * @function toJSON
             * @memberof wholesum.v1.TaskError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskError.prototype.toJSON = function() {
                return TaskError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskError
             * @function getTypeUrl
             * @memberof wholesum.v1.TaskError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.TaskError";
            };

            return TaskError;
        })();

        v1.TaskResult = (function() {

            /**
             * Properties of a TaskResult.
             * @typedef {Object} wholesum.v1.TaskResult.$Properties
             * @property {string|null} [taskId] TaskResult taskId
             * @property {string|null} [jobId] TaskResult jobId
             * @property {wholesum.v1.BlobRef.$Properties|null} [output] TaskResult output
             * @property {string|null} [claimDigest] TaskResult claimDigest
             * @property {wholesum.v1.Timings.$Properties|null} [timings] TaskResult timings
             * @property {number|null} [peakRssBytes] TaskResult peakRssBytes
             * @property {wholesum.v1.TaskError.$Properties|null} [error] TaskResult error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskResult.
             * @memberof wholesum.v1
             * @interface ITaskResult
             * @augments wholesum.v1.TaskResult.$Properties
             * @deprecated Use wholesum.v1.TaskResult.$Properties instead.
             */

            /**
             * Shape of a TaskResult.
             * @typedef {wholesum.v1.TaskResult.$Properties} wholesum.v1.TaskResult.$Shape
             */

            /**
             * Constructs a new TaskResult.
             * @memberof wholesum.v1
             * @classdesc Represents a TaskResult.
             * @constructor
             * @param {wholesum.v1.TaskResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskResult taskId.
             * @member {string} taskId
             * @memberof wholesum.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.taskId = "";

            /**
             * TaskResult jobId.
             * @member {string} jobId
             * @memberof wholesum.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.jobId = "";

            /**
             * TaskResult output.
             * @member {wholesum.v1.BlobRef.$Properties|null|undefined} output
             * @memberof wholesum.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.output = null;

            /**
             * TaskResult claimDigest.
             * @member {string} claimDigest
             * @memberof wholesum.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.claimDigest = "";

            /**
             * TaskResult timings.
             * @member {wholesum.v1.Timings.$Properties|null|undefined} timings
             * @memberof wholesum.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.timings = null;

            /**
             * TaskResult peakRssBytes.
             * @member {number} peakRssBytes
             * @memberof wholesum.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.peakRssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskResult error.
             * @member {wholesum.v1.TaskError.$Properties|null|undefined} error
             * @memberof wholesum.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.error = null;

            /**
             * Encodes the specified TaskResult message. Does not implicitly {@link wholesum.v1.TaskResult.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.TaskResult
             * @static
             * @param {wholesum.v1.TaskResult.$Properties} message TaskResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.jobId);
                if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                    $root.wholesum.v1.BlobRef.encode(message.output, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.claimDigest != null && $Object.hasOwnProperty.call(message, "claimDigest") && message.claimDigest !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.claimDigest);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.wholesum.v1.Timings.encode(message.timings, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.peakRssBytes != null && $Object.hasOwnProperty.call(message, "peakRssBytes") && (typeof message.peakRssBytes === "object" ? message.peakRssBytes.low || message.peakRssBytes.high : message.peakRssBytes !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.peakRssBytes);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.wholesum.v1.TaskError.encode(message.error, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskResult message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.TaskResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.TaskResult & wholesum.v1.TaskResult.$Shape} TaskResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.TaskResult();
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
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.output = $root.wholesum.v1.BlobRef.decode(reader, reader.size(), $undefined, _depth + 1, message.output);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.claimDigest = value;
                            else
                                delete message.claimDigest;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.wholesum.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.peakRssBytes = value;
                            else
                                delete message.peakRssBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.wholesum.v1.TaskError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
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

            /**
             * Verifies a TaskResult message.
             * @function verify
             * @memberof wholesum.v1.TaskResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TaskResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.output != null && $Object.hasOwnProperty.call(message, "output")) {
                    let error = $root.wholesum.v1.BlobRef.verify(message.output, _depth + 1);
                    if (error)
                        return "output." + error;
                }
                if (message.claimDigest != null && $Object.hasOwnProperty.call(message, "claimDigest"))
                    if (!$util.isString(message.claimDigest))
                        return "claimDigest: string expected";
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings")) {
                    let error = $root.wholesum.v1.Timings.verify(message.timings, _depth + 1);
                    if (error)
                        return "timings." + error;
                }
                if (message.peakRssBytes != null && $Object.hasOwnProperty.call(message, "peakRssBytes"))
                    if (!$util.isInteger(message.peakRssBytes) && !(message.peakRssBytes && $util.isInteger(message.peakRssBytes.low) && $util.isInteger(message.peakRssBytes.high)))
                        return "peakRssBytes: integer|Long expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.wholesum.v1.TaskError.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a TaskResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.TaskResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.TaskResult} TaskResult
             */
            TaskResult.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.TaskResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.TaskResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.TaskResult();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.output != null) {
                    if (!$util.isObject(object.output))
                        throw $TypeError(".wholesum.v1.TaskResult.output: object expected");
                    message.output = $root.wholesum.v1.BlobRef.fromObject(object.output, _depth + 1);
                }
                if (object.claimDigest != null)
                    if (typeof object.claimDigest !== "string" || object.claimDigest.length)
                        message.claimDigest = $String(object.claimDigest);
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".wholesum.v1.TaskResult.timings: object expected");
                    message.timings = $root.wholesum.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                if (object.peakRssBytes != null)
                    if (typeof object.peakRssBytes === "object" ? object.peakRssBytes.low || object.peakRssBytes.high : $Number(object.peakRssBytes) !== 0)
                        if ($util.Long)
                            message.peakRssBytes = $util.Long.fromValue(object.peakRssBytes, true);
                        else if (typeof object.peakRssBytes === "string")
                            message.peakRssBytes = $parseInt(object.peakRssBytes, 10);
                        else if (typeof object.peakRssBytes === "number")
                            message.peakRssBytes = object.peakRssBytes;
                        else if (typeof object.peakRssBytes === "object")
                            message.peakRssBytes = new $util.LongBits(object.peakRssBytes.low >>> 0, object.peakRssBytes.high >>> 0).toNumber(true);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".wholesum.v1.TaskResult.error: object expected");
                    message.error = $root.wholesum.v1.TaskError.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a TaskResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.TaskResult
             * @static
             * @param {wholesum.v1.TaskResult} message TaskResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.jobId = "";
                    object.output = null;
                    object.claimDigest = "";
                    object.timings = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.peakRssBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.peakRssBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.error = null;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                    object.output = $root.wholesum.v1.BlobRef.toObject(message.output, options, _depth + 1);
                if (message.claimDigest != null && $Object.hasOwnProperty.call(message, "claimDigest"))
                    object.claimDigest = message.claimDigest;
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.wholesum.v1.Timings.toObject(message.timings, options, _depth + 1);
                if (message.peakRssBytes != null && $Object.hasOwnProperty.call(message, "peakRssBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.peakRssBytes = typeof message.peakRssBytes === "number" ? $BigInt(message.peakRssBytes) : $util.Long.fromBits(message.peakRssBytes.low >>> 0, message.peakRssBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.peakRssBytes === "number")
                        object.peakRssBytes = options.longs === $String ? $String(message.peakRssBytes) : message.peakRssBytes;
                    else
                        object.peakRssBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.peakRssBytes) : options.longs === $Number ? new $util.LongBits(message.peakRssBytes.low >>> 0, message.peakRssBytes.high >>> 0).toNumber(true) : message.peakRssBytes;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.wholesum.v1.TaskError.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this TaskResult to JSON.
             * @function toJSON
             * @memberof wholesum.v1.TaskResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskResult.prototype.toJSON = function() {
                return TaskResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskResult
             * @function getTypeUrl
             * @memberof wholesum.v1.TaskResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.TaskResult";
            };

            return TaskResult;
        })();

        v1.ResultAck = (function() {

            /**
             * Properties of a ResultAck.
             * @typedef {Object} wholesum.v1.ResultAck.$Properties
             * @property {string|null} [taskId] ResultAck taskId
             * @property {boolean|null} [accepted] ResultAck accepted
             * @property {string|null} [reason] ResultAck reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResultAck.
             * @memberof wholesum.v1
             * @interface IResultAck
             * @augments wholesum.v1.ResultAck.$Properties
             * @deprecated Use wholesum.v1.ResultAck.$Properties instead.
             */

            /**
             * Shape of a ResultAck.
             * @typedef {wholesum.v1.ResultAck.$Properties} wholesum.v1.ResultAck.$Shape
             */

            /**
             * Constructs a new ResultAck.
             * @memberof wholesum.v1
             * @classdesc Represents a ResultAck.
             * @constructor
             * @param {wholesum.v1.ResultAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResultAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResultAck taskId.
             * @member {string} taskId
             * @memberof wholesum.v1.ResultAck
             * @instance
             */
            ResultAck.prototype.taskId = "";

            /**
             * ResultAck accepted.
             * @member {boolean} accepted
             * @memberof wholesum.v1.ResultAck
             * @instance
             */
            ResultAck.prototype.accepted = false;

            /**
             * ResultAck reason.
             * @member {string} reason
             * @memberof wholesum.v1.ResultAck
             * @instance
             */
            ResultAck.prototype.reason = "";

            /**
             * Encodes the specified ResultAck message. Does not implicitly {@link wholesum.v1.ResultAck.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.ResultAck
             * @static
             * @param {wholesum.v1.ResultAck.$Properties} message ResultAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResultAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.accepted);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResultAck message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.ResultAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.ResultAck & wholesum.v1.ResultAck.$Shape} ResultAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResultAck.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.ResultAck();
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
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.accepted = value;
                            else
                                delete message.accepted;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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

            /**
             * Verifies a ResultAck message.
             * @function verify
             * @memberof wholesum.v1.ResultAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ResultAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    if (typeof message.accepted !== "boolean")
                        return "accepted: boolean expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a ResultAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.ResultAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.ResultAck} ResultAck
             */
            ResultAck.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.ResultAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.ResultAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.ResultAck();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.accepted != null)
                    if (object.accepted)
                        message.accepted = $Boolean(object.accepted);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a ResultAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.ResultAck
             * @static
             * @param {wholesum.v1.ResultAck} message ResultAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResultAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.accepted = false;
                    object.reason = "";
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    object.accepted = message.accepted;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this ResultAck to JSON.
             * @function toJSON
             * @memberof wholesum.v1.ResultAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResultAck.prototype.toJSON = function() {
                return ResultAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResultAck
             * @function getTypeUrl
             * @memberof wholesum.v1.ResultAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResultAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.ResultAck";
            };

            return ResultAck;
        })();

        v1.BlobRequest = (function() {

            /**
             * Properties of a BlobRequest.
             * @typedef {Object} wholesum.v1.BlobRequest.$Properties
             * @property {string|null} [sha256] BlobRequest sha256
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlobRequest.
             * @memberof wholesum.v1
             * @interface IBlobRequest
             * @augments wholesum.v1.BlobRequest.$Properties
             * @deprecated Use wholesum.v1.BlobRequest.$Properties instead.
             */

            /**
             * Shape of a BlobRequest.
             * @typedef {wholesum.v1.BlobRequest.$Properties} wholesum.v1.BlobRequest.$Shape
             */

            /**
             * Constructs a new BlobRequest.
             * @memberof wholesum.v1
             * @classdesc Represents a BlobRequest.
             * @constructor
             * @param {wholesum.v1.BlobRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlobRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlobRequest sha256.
             * @member {string} sha256
             * @memberof wholesum.v1.BlobRequest
             * @instance
             */
            BlobRequest.prototype.sha256 = "";

            /**
             * Encodes the specified BlobRequest message. Does not implicitly {@link wholesum.v1.BlobRequest.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.BlobRequest
             * @static
             * @param {wholesum.v1.BlobRequest.$Properties} message BlobRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlobRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sha256);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlobRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.BlobRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.BlobRequest & wholesum.v1.BlobRequest.$Shape} BlobRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlobRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.BlobRequest();
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
                                message.sha256 = value;
                            else
                                delete message.sha256;
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

            /**
             * Verifies a BlobRequest message.
             * @function verify
             * @memberof wholesum.v1.BlobRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BlobRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                return null;
            };

            /**
             * Creates a BlobRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.BlobRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.BlobRequest} BlobRequest
             */
            BlobRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.BlobRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.BlobRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.BlobRequest();
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                return message;
            };

            /**
             * Creates a plain object from a BlobRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.BlobRequest
             * @static
             * @param {wholesum.v1.BlobRequest} message BlobRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlobRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.sha256 = "";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                return object;
            };

            /**
             * Converts this BlobRequest to JSON.
             * @function toJSON
             * @memberof wholesum.v1.BlobRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlobRequest.prototype.toJSON = function() {
                return BlobRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BlobRequest
             * @function getTypeUrl
             * @memberof wholesum.v1.BlobRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BlobRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.BlobRequest";
            };

            return BlobRequest;
        })();

        v1.BlobChunk = (function() {

            /**
             * Properties of a BlobChunk.
             * @typedef {Object} wholesum.v1.BlobChunk.$Properties
             * @property {string|null} [sha256] BlobChunk sha256
             * @property {number|null} [offset] BlobChunk offset
             * @property {Uint8Array|null} [data] BlobChunk data
             * @property {string|null} [chunkSha256] BlobChunk chunkSha256
             * @property {number|null} [totalSize] BlobChunk totalSize
             * @property {boolean|null} [last] BlobChunk last
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlobChunk.
             * @memberof wholesum.v1
             * @interface IBlobChunk
             * @augments wholesum.v1.BlobChunk.$Properties
             * @deprecated Use wholesum.v1.BlobChunk.$Properties instead.
             */

            /**
             * Shape of a BlobChunk.
             * @typedef {wholesum.v1.BlobChunk.$Properties} wholesum.v1.BlobChunk.$Shape
             */

            /**
             * Constructs a new BlobChunk.
             * @memberof wholesum.v1
             * @classdesc Represents a BlobChunk.
             * @constructor
             * @param {wholesum.v1.BlobChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlobChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlobChunk sha256.
             * @member {string} sha256
             * @memberof wholesum.v1.BlobChunk
             * @instance
             */
            BlobChunk.prototype.sha256 = "";

            /**
             * BlobChunk offset.
             * @member {number} offset
             * @memberof wholesum.v1.BlobChunk
             * @instance
             */
            BlobChunk.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlobChunk data.
             * @member {Uint8Array} data
             * @memberof wholesum.v1.BlobChunk
             * @instance
             */
            BlobChunk.prototype.data = $util.newBuffer([]);

            /**
             * BlobChunk chunkSha256.
             * @member {string} chunkSha256
             * @memberof wholesum.v1.BlobChunk
             * @instance
             */
            BlobChunk.prototype.chunkSha256 = "";

            /**
             * BlobChunk totalSize.
             * @member {number} totalSize
             * @memberof wholesum.v1.BlobChunk
             * @instance
             */
            BlobChunk.prototype.totalSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlobChunk last.
             * @member {boolean} last
             * @memberof wholesum.v1.BlobChunk
             * @instance
             */
            BlobChunk.prototype.last = false;

            /**
             * Encodes the specified BlobChunk message. Does not implicitly {@link wholesum.v1.BlobChunk.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.BlobChunk
             * @static
             * @param {wholesum.v1.BlobChunk.$Properties} message BlobChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlobChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sha256);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                if (message.chunkSha256 != null && $Object.hasOwnProperty.call(message, "chunkSha256") && message.chunkSha256 !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.chunkSha256);
                if (message.totalSize != null && $Object.hasOwnProperty.call(message, "totalSize") && (typeof message.totalSize === "object" ? message.totalSize.low || message.totalSize.high : message.totalSize !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.totalSize);
                if (message.last != null && $Object.hasOwnProperty.call(message, "last") && message.last !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.last);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlobChunk message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.BlobChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.BlobChunk & wholesum.v1.BlobChunk.$Shape} BlobChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlobChunk.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.BlobChunk();
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
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chunkSha256 = value;
                            else
                                delete message.chunkSha256;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalSize = value;
                            else
                                delete message.totalSize;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.last = value;
                            else
                                delete message.last;
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

            /**
             * Verifies a BlobChunk message.
             * @function verify
             * @memberof wholesum.v1.BlobChunk
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BlobChunk.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (!$util.isInteger(message.offset) && !(message.offset && $util.isInteger(message.offset.low) && $util.isInteger(message.offset.high)))
                        return "offset: integer|Long expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                if (message.chunkSha256 != null && $Object.hasOwnProperty.call(message, "chunkSha256"))
                    if (!$util.isString(message.chunkSha256))
                        return "chunkSha256: string expected";
                if (message.totalSize != null && $Object.hasOwnProperty.call(message, "totalSize"))
                    if (!$util.isInteger(message.totalSize) && !(message.totalSize && $util.isInteger(message.totalSize.low) && $util.isInteger(message.totalSize.high)))
                        return "totalSize: integer|Long expected";
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    if (typeof message.last !== "boolean")
                        return "last: boolean expected";
                return null;
            };

            /**
             * Creates a BlobChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.BlobChunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.BlobChunk} BlobChunk
             */
            BlobChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.BlobChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.BlobChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.BlobChunk();
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.chunkSha256 != null)
                    if (typeof object.chunkSha256 !== "string" || object.chunkSha256.length)
                        message.chunkSha256 = $String(object.chunkSha256);
                if (object.totalSize != null)
                    if (typeof object.totalSize === "object" ? object.totalSize.low || object.totalSize.high : $Number(object.totalSize) !== 0)
                        if ($util.Long)
                            message.totalSize = $util.Long.fromValue(object.totalSize, true);
                        else if (typeof object.totalSize === "string")
                            message.totalSize = $parseInt(object.totalSize, 10);
                        else if (typeof object.totalSize === "number")
                            message.totalSize = object.totalSize;
                        else if (typeof object.totalSize === "object")
                            message.totalSize = new $util.LongBits(object.totalSize.low >>> 0, object.totalSize.high >>> 0).toNumber(true);
                if (object.last != null)
                    if (object.last)
                        message.last = $Boolean(object.last);
                return message;
            };

            /**
             * Creates a plain object from a BlobChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.BlobChunk
             * @static
             * @param {wholesum.v1.BlobChunk} message BlobChunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlobChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sha256 = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.chunkSha256 = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.totalSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.last = false;
                }
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.chunkSha256 != null && $Object.hasOwnProperty.call(message, "chunkSha256"))
                    object.chunkSha256 = message.chunkSha256;
                if (message.totalSize != null && $Object.hasOwnProperty.call(message, "totalSize"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalSize = typeof message.totalSize === "number" ? $BigInt(message.totalSize) : $util.Long.fromBits(message.totalSize.low >>> 0, message.totalSize.high >>> 0, true).toBigInt();
                    else if (typeof message.totalSize === "number")
                        object.totalSize = options.longs === $String ? $String(message.totalSize) : message.totalSize;
                    else
                        object.totalSize = options.longs === $String ? $util.Long.prototype.toString.call(message.totalSize) : options.longs === $Number ? new $util.LongBits(message.totalSize.low >>> 0, message.totalSize.high >>> 0).toNumber(true) : message.totalSize;
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    object.last = message.last;
                return object;
            };

            /**
             * Converts this BlobChunk to JSON.
             * @function toJSON
             * @memberof wholesum.v1.BlobChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlobChunk.prototype.toJSON = function() {
                return BlobChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BlobChunk
             * @function getTypeUrl
             * @memberof wholesum.v1.BlobChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BlobChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.BlobChunk";
            };

            return BlobChunk;
        })();

        v1.JobAnnouncement = (function() {

            /**
             * Properties of a JobAnnouncement.
             * @typedef {Object} wholesum.v1.JobAnnouncement.$Properties
             * @property {string|null} [jobId] JobAnnouncement jobId
             * @property {number|null} [po2] JobAnnouncement po2
             * @property {number|null} [tasks] JobAnnouncement tasks
             * @property {number|null} [createdMs] JobAnnouncement createdMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JobAnnouncement.
             * @memberof wholesum.v1
             * @interface IJobAnnouncement
             * @augments wholesum.v1.JobAnnouncement.$Properties
             * @deprecated Use wholesum.v1.JobAnnouncement.$Properties instead.
             */

            /**
             * Shape of a JobAnnouncement.
             * @typedef {wholesum.v1.JobAnnouncement.$Properties} wholesum.v1.JobAnnouncement.$Shape
             */

            /**
             * Constructs a new JobAnnouncement.
             * @memberof wholesum.v1
             * @classdesc Represents a JobAnnouncement.
             * @constructor
             * @param {wholesum.v1.JobAnnouncement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JobAnnouncement = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JobAnnouncement jobId.
             * @member {string} jobId
             * @memberof wholesum.v1.JobAnnouncement
             * @instance
             */
            JobAnnouncement.prototype.jobId = "";

            /**
             * JobAnnouncement po2.
             * @member {number} po2
             * @memberof wholesum.v1.JobAnnouncement
             * @instance
             */
            JobAnnouncement.prototype.po2 = 0;

            /**
             * JobAnnouncement tasks.
             * @member {number} tasks
             * @memberof wholesum.v1.JobAnnouncement
             * @instance
             */
            JobAnnouncement.prototype.tasks = 0;

            /**
             * JobAnnouncement createdMs.
             * @member {number} createdMs
             * @memberof wholesum.v1.JobAnnouncement
             * @instance
             */
            JobAnnouncement.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified JobAnnouncement message. Does not implicitly {@link wholesum.v1.JobAnnouncement.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.JobAnnouncement
             * @static
             * @param {wholesum.v1.JobAnnouncement.$Properties} message JobAnnouncement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobAnnouncement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.po2 != null && $Object.hasOwnProperty.call(message, "po2") && message.po2 !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.po2);
                if (message.tasks != null && $Object.hasOwnProperty.call(message, "tasks") && message.tasks !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.tasks);
                if (message.createdMs != null && $Object.hasOwnProperty.call(message, "createdMs") && (typeof message.createdMs === "object" ? message.createdMs.low || message.createdMs.high : message.createdMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.createdMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JobAnnouncement message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.JobAnnouncement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.JobAnnouncement & wholesum.v1.JobAnnouncement.$Shape} JobAnnouncement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobAnnouncement.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.JobAnnouncement();
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
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.po2 = value;
                            else
                                delete message.po2;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tasks = value;
                            else
                                delete message.tasks;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdMs = value;
                            else
                                delete message.createdMs;
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

            /**
             * Verifies a JobAnnouncement message.
             * @function verify
             * @memberof wholesum.v1.JobAnnouncement
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JobAnnouncement.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.po2 != null && $Object.hasOwnProperty.call(message, "po2"))
                    if (!$util.isInteger(message.po2))
                        return "po2: integer expected";
                if (message.tasks != null && $Object.hasOwnProperty.call(message, "tasks"))
                    if (!$util.isInteger(message.tasks))
                        return "tasks: integer expected";
                if (message.createdMs != null && $Object.hasOwnProperty.call(message, "createdMs"))
                    if (!$util.isInteger(message.createdMs) && !(message.createdMs && $util.isInteger(message.createdMs.low) && $util.isInteger(message.createdMs.high)))
                        return "createdMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a JobAnnouncement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.JobAnnouncement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.JobAnnouncement} JobAnnouncement
             */
            JobAnnouncement.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.JobAnnouncement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.JobAnnouncement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.JobAnnouncement();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.po2 != null)
                    if ($Number(object.po2) !== 0)
                        message.po2 = object.po2 >>> 0;
                if (object.tasks != null)
                    if ($Number(object.tasks) !== 0)
                        message.tasks = object.tasks >>> 0;
                if (object.createdMs != null)
                    if (typeof object.createdMs === "object" ? object.createdMs.low || object.createdMs.high : $Number(object.createdMs) !== 0)
                        if ($util.Long)
                            message.createdMs = $util.Long.fromValue(object.createdMs, true);
                        else if (typeof object.createdMs === "string")
                            message.createdMs = $parseInt(object.createdMs, 10);
                        else if (typeof object.createdMs === "number")
                            message.createdMs = object.createdMs;
                        else if (typeof object.createdMs === "object")
                            message.createdMs = new $util.LongBits(object.createdMs.low >>> 0, object.createdMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a JobAnnouncement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.JobAnnouncement
             * @static
             * @param {wholesum.v1.JobAnnouncement} message JobAnnouncement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JobAnnouncement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.po2 = 0;
                    object.tasks = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.createdMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.po2 != null && $Object.hasOwnProperty.call(message, "po2"))
                    object.po2 = message.po2;
                if (message.tasks != null && $Object.hasOwnProperty.call(message, "tasks"))
                    object.tasks = message.tasks;
                if (message.createdMs != null && $Object.hasOwnProperty.call(message, "createdMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdMs = typeof message.createdMs === "number" ? $BigInt(message.createdMs) : $util.Long.fromBits(message.createdMs.low >>> 0, message.createdMs.high >>> 0, true).toBigInt();
                    else if (typeof message.createdMs === "number")
                        object.createdMs = options.longs === $String ? $String(message.createdMs) : message.createdMs;
                    else
                        object.createdMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdMs) : options.longs === $Number ? new $util.LongBits(message.createdMs.low >>> 0, message.createdMs.high >>> 0).toNumber(true) : message.createdMs;
                return object;
            };

            /**
             * Converts this JobAnnouncement to JSON.
             * @function toJSON
             * @memberof wholesum.v1.JobAnnouncement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JobAnnouncement.prototype.toJSON = function() {
                return JobAnnouncement.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for JobAnnouncement
             * @function getTypeUrl
             * @memberof wholesum.v1.JobAnnouncement
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JobAnnouncement.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.JobAnnouncement";
            };

            return JobAnnouncement;
        })();

        v1.ProtocolFault = (function() {

            /**
             * Properties of a ProtocolFault.
             * @typedef {Object} wholesum.v1.ProtocolFault.$Properties
             * @property {string|null} [code] ProtocolFault code
             * @property {string|null} [message] ProtocolFault message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProtocolFault.
             * @memberof wholesum.v1
             * @interface IProtocolFault
             * @augments wholesum.v1.ProtocolFault.$Properties
             * @deprecated Use wholesum.v1.ProtocolFault.$Properties instead.
             */

            /**
             * Shape of a ProtocolFault.
             * @typedef {wholesum.v1.ProtocolFault.$Properties} wholesum.v1.ProtocolFault.$Shape
             */

            /**
             * Constructs a new ProtocolFault.
             * @memberof wholesum.v1
             * @classdesc Represents a ProtocolFault.
             * @constructor
             * @param {wholesum.v1.ProtocolFault.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProtocolFault = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProtocolFault code.
             * @member {string} code
             * @memberof wholesum.v1.ProtocolFault
             * @instance
             */
            ProtocolFault.prototype.code = "";

            /**
             * ProtocolFault message.
             * @member {string} message
             * @memberof wholesum.v1.ProtocolFault
             * @instance
             */
            ProtocolFault.prototype.message = "";

            /**
             * Encodes the specified ProtocolFault message. Does not implicitly {@link wholesum.v1.ProtocolFault.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.ProtocolFault
             * @static
             * @param {wholesum.v1.ProtocolFault.$Properties} message ProtocolFault message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProtocolFault.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProtocolFault message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.ProtocolFault
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.ProtocolFault & wholesum.v1.ProtocolFault.$Shape} ProtocolFault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProtocolFault.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.ProtocolFault();
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
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
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

            /**
             * Verifies a ProtocolFault message.
             * @function verify
             * @memberof wholesum.v1.ProtocolFault
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProtocolFault.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a ProtocolFault message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.ProtocolFault
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.ProtocolFault} ProtocolFault
             */
            ProtocolFault.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.ProtocolFault)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.ProtocolFault: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.ProtocolFault();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a ProtocolFault message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.ProtocolFault
             * @static
             * @param {wholesum.v1.ProtocolFault} message ProtocolFault
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProtocolFault.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this ProtocolFault to JSON.
             * @function toJSON
             * @memberof wholesum.v1.ProtocolFault
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProtocolFault.prototype.toJSON = function() {
                return ProtocolFault.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProtocolFault
             * @function getTypeUrl
             * @memberof wholesum.v1.ProtocolFault
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProtocolFault.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.ProtocolFault";
            };

            return ProtocolFault;
        })();

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} wholesum.v1.Envelope.$Properties
             * @property {number|null} [version] Envelope version
             * @property {wholesum.v1.WorkRequest.$Properties|null} [workRequest] Envelope workRequest
             * @property {wholesum.v1.TaskLease.$Properties|null} [lease] Envelope lease
             * @property {wholesum.v1.NoWork.$Properties|null} [noWork] Envelope noWork
             * @property {wholesum.v1.Heartbeat.$Properties|null} [heartbeat] Envelope heartbeat
             * @property {wholesum.v1.LeaseUpdate.$Properties|null} [leaseUpdate] Envelope leaseUpdate
             * @property {wholesum.v1.TaskResult.$Properties|null} [result] Envelope result
             * @property {wholesum.v1.ResultAck.$Properties|null} [ack] Envelope ack
             * @property {wholesum.v1.BlobRequest.$Properties|null} [blobRequest] Envelope blobRequest
             * @property {wholesum.v1.BlobChunk.$Properties|null} [blobChunk] Envelope blobChunk
             * @property {wholesum.v1.ProtocolFault.$Properties|null} [fault] Envelope fault
             * @property {"workRequest"|"lease"|"noWork"|"heartbeat"|"leaseUpdate"|"result"|"ack"|"blobRequest"|"blobChunk"|"fault"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof wholesum.v1
             * @interface IEnvelope
             * @augments wholesum.v1.Envelope.$Properties
             * @deprecated Use wholesum.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   version?: number|null;
             *   workRequest?: wholesum.v1.WorkRequest.$Shape|null;
             *   lease?: wholesum.v1.TaskLease.$Shape|null;
             *   noWork?: wholesum.v1.NoWork.$Shape|null;
             *   heartbeat?: wholesum.v1.Heartbeat.$Shape|null;
             *   leaseUpdate?: wholesum.v1.LeaseUpdate.$Shape|null;
             *   result?: wholesum.v1.TaskResult.$Shape|null;
             *   ack?: wholesum.v1.ResultAck.$Shape|null;
             *   blobRequest?: wholesum.v1.BlobRequest.$Shape|null;
             *   blobChunk?: wholesum.v1.BlobChunk.$Shape|null;
             *   fault?: wholesum.v1.ProtocolFault.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "workRequest"; workRequest: wholesum.v1.WorkRequest.$Shape; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "lease"; workRequest?: null; lease: wholesum.v1.TaskLease.$Shape; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "noWork"; workRequest?: null; lease?: null; noWork: wholesum.v1.NoWork.$Shape; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "heartbeat"; workRequest?: null; lease?: null; noWork?: null; heartbeat: wholesum.v1.Heartbeat.$Shape; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "leaseUpdate"; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate: wholesum.v1.LeaseUpdate.$Shape; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "result"; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result: wholesum.v1.TaskResult.$Shape; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "ack"; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack: wholesum.v1.ResultAck.$Shape; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "blobRequest"; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest: wholesum.v1.BlobRequest.$Shape; blobChunk?: null; fault?: null }|{ body?: "blobChunk"; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk: wholesum.v1.BlobChunk.$Shape; fault?: null }|{ body?: "fault"; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault: wholesum.v1.ProtocolFault.$Shape })
             * )} wholesum.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof wholesum.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {wholesum.v1.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope version.
             * @member {number} version
             * @memberof wholesum.v1.Envelope
             * @instance
             */
            Envelope.prototype.version = 0;

            /**
             * Envelope workRequest.
             * @member {wholesum.v1.WorkRequest.$Properties|null|undefined} workRequest
             * @memberof wholesum.v1.Envelope
             * @instance
             */
            Envelope.prototype.workRequest = null;

            /**
             * Envelope lease.
             * @member {wholesum.v1.TaskLease.$Properties|null|undefined} lease
             * @memberof wholesum.v1.Envelope
             * @instance
             */
            Envelope.prototype.lease = null;

            /**
             * Envelope noWork.
             * @member {wholesum.v1.NoWork.$Properties|null|undefined} noWork
             * @memberof wholesum.v1.Envelope
             * @instance
             */
            Envelope.prototype.noWork = null;

            /**
             * Envelope heartbeat.
             * @member {wholesum.v1.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof wholesum.v1.Envelope
             * @instance
             */
            Envelope.prototype.heartbeat = null;

            /**
             * Envelope leaseUpdate.
             * @member {wholesum.v1.LeaseUpdate.$Properties|null|undefined} leaseUpdate
             * @memberof wholesum.v1.Envelope
             * @instance
             */
            Envelope.prototype.leaseUpdate = null;

            /**
             * Envelope result.
             * @member {wholesum.v1.TaskResult.$Properties|null|undefined} result
             * @memberof wholesum.v1.Envelope
             * @instance
             */
            Envelope.prototype.result = null;

            /**
             * Envelope ack.
             * @member {wholesum.v1.ResultAck.$Properties|null|undefined} ack
             * @memberof wholesum.v1.Envelope
             * @instance
             */
            Envelope.prototype.ack = null;

            /**
             * Envelope blobRequest.
             * @member {wholesum.v1.BlobRequest.$Properties|null|undefined} blobRequest
             * @memberof wholesum.v1.Envelope
             * @instance
             */
            Envelope.prototype.blobRequest = null;

            /**
             * Envelope blobChunk.
             * @member {wholesum.v1.BlobChunk.$Properties|null|undefined} blobChunk
             * @memberof wholesum.v1.Envelope
             * @instance
             */
            Envelope.prototype.blobChunk = null;

            /**
             * Envelope fault.
             * @member {wholesum.v1.ProtocolFault.$Properties|null|undefined} fault
             * @memberof wholesum.v1.Envelope
             * @instance
             */
            Envelope.prototype.fault = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"workRequest"|"lease"|"noWork"|"heartbeat"|"leaseUpdate"|"result"|"ack"|"blobRequest"|"blobChunk"|"fault"|undefined} body
             * @memberof wholesum.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["workRequest", "lease", "noWork", "heartbeat", "leaseUpdate", "result", "ack", "blobRequest", "blobChunk", "fault"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link wholesum.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof wholesum.v1.Envelope
             * @static
             * @param {wholesum.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.workRequest != null && $Object.hasOwnProperty.call(message, "workRequest"))
                    $root.wholesum.v1.WorkRequest.encode(message.workRequest, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease"))
                    $root.wholesum.v1.TaskLease.encode(message.lease, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.noWork != null && $Object.hasOwnProperty.call(message, "noWork"))
                    $root.wholesum.v1.NoWork.encode(message.noWork, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.wholesum.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.leaseUpdate != null && $Object.hasOwnProperty.call(message, "leaseUpdate"))
                    $root.wholesum.v1.LeaseUpdate.encode(message.leaseUpdate, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.wholesum.v1.TaskResult.encode(message.result, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.wholesum.v1.ResultAck.encode(message.ack, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.blobRequest != null && $Object.hasOwnProperty.call(message, "blobRequest"))
                    $root.wholesum.v1.BlobRequest.encode(message.blobRequest, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.blobChunk != null && $Object.hasOwnProperty.call(message, "blobChunk"))
                    $root.wholesum.v1.BlobChunk.encode(message.blobChunk, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.fault != null && $Object.hasOwnProperty.call(message, "fault"))
                    $root.wholesum.v1.ProtocolFault.encode(message.fault, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof wholesum.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {wholesum.v1.Envelope & wholesum.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.wholesum.v1.Envelope();
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
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.workRequest = $root.wholesum.v1.WorkRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.workRequest);
                            message.body = "workRequest";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.lease = $root.wholesum.v1.TaskLease.decode(reader, reader.size(), $undefined, _depth + 1, message.lease);
                            message.body = "lease";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.noWork = $root.wholesum.v1.NoWork.decode(reader, reader.size(), $undefined, _depth + 1, message.noWork);
                            message.body = "noWork";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.wholesum.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.body = "heartbeat";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.leaseUpdate = $root.wholesum.v1.LeaseUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.leaseUpdate);
                            message.body = "leaseUpdate";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.wholesum.v1.TaskResult.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            message.body = "result";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.wholesum.v1.ResultAck.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.blobRequest = $root.wholesum.v1.BlobRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.blobRequest);
                            message.body = "blobRequest";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.blobChunk = $root.wholesum.v1.BlobChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.blobChunk);
                            message.body = "blobChunk";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.fault = $root.wholesum.v1.ProtocolFault.decode(reader, reader.size(), $undefined, _depth + 1, message.fault);
                            message.body = "fault";
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

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof wholesum.v1.Envelope
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.workRequest != null && $Object.hasOwnProperty.call(message, "workRequest")) {
                    properties.body = 1;
                    {
                        let error = $root.wholesum.v1.WorkRequest.verify(message.workRequest, _depth + 1);
                        if (error)
                            return "workRequest." + error;
                    }
                }
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.wholesum.v1.TaskLease.verify(message.lease, _depth + 1);
                        if (error)
                            return "lease." + error;
                    }
                }
                if (message.noWork != null && $Object.hasOwnProperty.call(message, "noWork")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.wholesum.v1.NoWork.verify(message.noWork, _depth + 1);
                        if (error)
                            return "noWork." + error;
                    }
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.wholesum.v1.Heartbeat.verify(message.heartbeat, _depth + 1);
                        if (error)
                            return "heartbeat." + error;
                    }
                }
                if (message.leaseUpdate != null && $Object.hasOwnProperty.call(message, "leaseUpdate")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.wholesum.v1.LeaseUpdate.verify(message.leaseUpdate, _depth + 1);
                        if (error)
                            return "leaseUpdate." + error;
                    }
                }
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.wholesum.v1.TaskResult.verify(message.result, _depth + 1);
                        if (error)
                            return "result." + error;
                    }
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.wholesum.v1.ResultAck.verify(message.ack, _depth + 1);
                        if (error)
                            return "ack." + error;
                    }
                }
                if (message.blobRequest != null && $Object.hasOwnProperty.call(message, "blobRequest")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.wholesum.v1.BlobRequest.verify(message.blobRequest, _depth + 1);
                        if (error)
                            return "blobRequest." + error;
                    }
                }
                if (message.blobChunk != null && $Object.hasOwnProperty.call(message, "blobChunk")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.wholesum.v1.BlobChunk.verify(message.blobChunk, _depth + 1);
                        if (error)
                            return "blobChunk." + error;
                    }
                }
                if (message.fault != null && $Object.hasOwnProperty.call(message, "fault")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.wholesum.v1.ProtocolFault.verify(message.fault, _depth + 1);
                        if (error)
                            return "fault." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wholesum.v1.Envelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {wholesum.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (object, _depth) {
                if (object instanceof $root.wholesum.v1.Envelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".wholesum.v1.Envelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.wholesum.v1.Envelope();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.workRequest != null) {
                    if (!$util.isObject(object.workRequest))
                        throw $TypeError(".wholesum.v1.Envelope.workRequest: object expected");
                    message.workRequest = $root.wholesum.v1.WorkRequest.fromObject(object.workRequest, _depth + 1);
                }
                if (object.lease != null) {
                    if (!$util.isObject(object.lease))
                        throw $TypeError(".wholesum.v1.Envelope.lease: object expected");
                    message.lease = $root.wholesum.v1.TaskLease.fromObject(object.lease, _depth + 1);
                }
                if (object.noWork != null) {
                    if (!$util.isObject(object.noWork))
                        throw $TypeError(".wholesum.v1.Envelope.noWork: object expected");
                    message.noWork = $root.wholesum.v1.NoWork.fromObject(object.noWork, _depth + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".wholesum.v1.Envelope.heartbeat: object expected");
                    message.heartbeat = $root.wholesum.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                }
                if (object.leaseUpdate != null) {
                    if (!$util.isObject(object.leaseUpdate))
                        throw $TypeError(".wholesum.v1.Envelope.leaseUpdate: object expected");
                    message.leaseUpdate = $root.wholesum.v1.LeaseUpdate.fromObject(object.leaseUpdate, _depth + 1);
                }
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".wholesum.v1.Envelope.result: object expected");
                    message.result = $root.wholesum.v1.TaskResult.fromObject(object.result, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".wholesum.v1.Envelope.ack: object expected");
                    message.ack = $root.wholesum.v1.ResultAck.fromObject(object.ack, _depth + 1);
                }
                if (object.blobRequest != null) {
                    if (!$util.isObject(object.blobRequest))
                        throw $TypeError(".wholesum.v1.Envelope.blobRequest: object expected");
                    message.blobRequest = $root.wholesum.v1.BlobRequest.fromObject(object.blobRequest, _depth + 1);
                }
                if (object.blobChunk != null) {
                    if (!$util.isObject(object.blobChunk))
                        throw $TypeError(".wholesum.v1.Envelope.blobChunk: object expected");
                    message.blobChunk = $root.wholesum.v1.BlobChunk.fromObject(object.blobChunk, _depth + 1);
                }
                if (object.fault != null) {
                    if (!$util.isObject(object.fault))
                        throw $TypeError(".wholesum.v1.Envelope.fault: object expected");
                    message.fault = $root.wholesum.v1.ProtocolFault.fromObject(object.fault, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wholesum.v1.Envelope
             * @static
             * @param {wholesum.v1.Envelope} message Envelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.version = 0;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.workRequest != null && $Object.hasOwnProperty.call(message, "workRequest")) {
                    object.workRequest = $root.wholesum.v1.WorkRequest.toObject(message.workRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "workRequest";
                }
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease")) {
                    object.lease = $root.wholesum.v1.TaskLease.toObject(message.lease, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "lease";
                }
                if (message.noWork != null && $Object.hasOwnProperty.call(message, "noWork")) {
                    object.noWork = $root.wholesum.v1.NoWork.toObject(message.noWork, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "noWork";
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.wholesum.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "heartbeat";
                }
                if (message.leaseUpdate != null && $Object.hasOwnProperty.call(message, "leaseUpdate")) {
                    object.leaseUpdate = $root.wholesum.v1.LeaseUpdate.toObject(message.leaseUpdate, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "leaseUpdate";
                }
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    object.result = $root.wholesum.v1.TaskResult.toObject(message.result, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "result";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.wholesum.v1.ResultAck.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ack";
                }
                if (message.blobRequest != null && $Object.hasOwnProperty.call(message, "blobRequest")) {
                    object.blobRequest = $root.wholesum.v1.BlobRequest.toObject(message.blobRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "blobRequest";
                }
                if (message.blobChunk != null && $Object.hasOwnProperty.call(message, "blobChunk")) {
                    object.blobChunk = $root.wholesum.v1.BlobChunk.toObject(message.blobChunk, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "blobChunk";
                }
                if (message.fault != null && $Object.hasOwnProperty.call(message, "fault")) {
                    object.fault = $root.wholesum.v1.ProtocolFault.toObject(message.fault, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fault";
                }
                return object;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof wholesum.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof wholesum.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wholesum.v1.Envelope";
            };

            return Envelope;
        })();

        return v1;
    })();

    return wholesum;
})();

export {
  $root as default
};
