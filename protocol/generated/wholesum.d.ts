import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace wholesum. */
export namespace wholesum {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Capacity.
         * @deprecated Use wholesum.v1.Capacity.$Properties instead.
         */
        interface ICapacity extends wholesum.v1.Capacity.$Properties {
        }

        /** Represents a Capacity. */
        class Capacity {

            /**
             * Constructs a new Capacity.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.Capacity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Capacity ramTotalBytes. */
            ramTotalBytes: number;

            /** Capacity ramAvailableBytes. */
            ramAvailableBytes: number;

            /** Capacity memoryBudgetBytes. */
            memoryBudgetBytes: number;

            /** Capacity cores. */
            cores: number;

            /** Capacity threads. */
            threads: number;

            /** Capacity cpuModel. */
            cpuModel: string;

            /** Capacity cpuFlags. */
            cpuFlags: string[];

            /** Capacity maxPo2. */
            maxPo2: number;

            /** Capacity speeds. */
            speeds: wholesum.v1.Po2Speed.$Properties[];

            /** Capacity proverVersion. */
            proverVersion: string;

            /** Capacity freeSlots. */
            freeSlots: number;

            /** Capacity canAggregate. */
            canAggregate: boolean;

            /** Capacity liftSeconds. */
            liftSeconds: number;

            /** Capacity groth16. */
            groth16: boolean;

            /**
             * Encodes the specified Capacity message. Does not implicitly {@link wholesum.v1.Capacity.verify|verify} messages.
             * @param message Capacity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.Capacity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Capacity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.Capacity & wholesum.v1.Capacity.$Shape} Capacity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.Capacity & wholesum.v1.Capacity.$Shape;

            /**
             * Verifies a Capacity message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Capacity message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Capacity
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.Capacity;

            /**
             * Creates a plain object from a Capacity message. Also converts values to other types if specified.
             * @param message Capacity
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.Capacity, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Capacity to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Capacity
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Capacity {

            /** Properties of a Capacity. */
            interface $Properties {

                /** Capacity ramTotalBytes */
                ramTotalBytes?: (number|null);

                /** Capacity ramAvailableBytes */
                ramAvailableBytes?: (number|null);

                /** Capacity memoryBudgetBytes */
                memoryBudgetBytes?: (number|null);

                /** Capacity cores */
                cores?: (number|null);

                /** Capacity threads */
                threads?: (number|null);

                /** Capacity cpuModel */
                cpuModel?: (string|null);

                /** Capacity cpuFlags */
                cpuFlags?: (string[]|null);

                /** Capacity maxPo2 */
                maxPo2?: (number|null);

                /** Capacity speeds */
                speeds?: (wholesum.v1.Po2Speed.$Properties[]|null);

                /** Capacity proverVersion */
                proverVersion?: (string|null);

                /** Capacity freeSlots */
                freeSlots?: (number|null);

                /** Capacity canAggregate */
                canAggregate?: (boolean|null);

                /** Capacity liftSeconds */
                liftSeconds?: (number|null);

                /** Capacity groth16 */
                groth16?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Capacity. */
            type $Shape = wholesum.v1.Capacity.$Properties;
        }

        /**
         * Properties of a Po2Speed.
         * @deprecated Use wholesum.v1.Po2Speed.$Properties instead.
         */
        interface IPo2Speed extends wholesum.v1.Po2Speed.$Properties {
        }

        /** Represents a Po2Speed. */
        class Po2Speed {

            /**
             * Constructs a new Po2Speed.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.Po2Speed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Po2Speed po2. */
            po2: number;

            /** Po2Speed proveSeconds. */
            proveSeconds: number;

            /** Po2Speed peakRssBytes. */
            peakRssBytes: number;

            /** Po2Speed measured. */
            measured: boolean;

            /**
             * Encodes the specified Po2Speed message. Does not implicitly {@link wholesum.v1.Po2Speed.verify|verify} messages.
             * @param message Po2Speed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.Po2Speed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Po2Speed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.Po2Speed & wholesum.v1.Po2Speed.$Shape} Po2Speed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.Po2Speed & wholesum.v1.Po2Speed.$Shape;

            /**
             * Verifies a Po2Speed message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Po2Speed message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Po2Speed
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.Po2Speed;

            /**
             * Creates a plain object from a Po2Speed message. Also converts values to other types if specified.
             * @param message Po2Speed
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.Po2Speed, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Po2Speed to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Po2Speed
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Po2Speed {

            /** Properties of a Po2Speed. */
            interface $Properties {

                /** Po2Speed po2 */
                po2?: (number|null);

                /** Po2Speed proveSeconds */
                proveSeconds?: (number|null);

                /** Po2Speed peakRssBytes */
                peakRssBytes?: (number|null);

                /** Po2Speed measured */
                measured?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Po2Speed. */
            type $Shape = wholesum.v1.Po2Speed.$Properties;
        }

        /**
         * Properties of a WorkRequest.
         * @deprecated Use wholesum.v1.WorkRequest.$Properties instead.
         */
        interface IWorkRequest extends wholesum.v1.WorkRequest.$Properties {
        }

        /** Represents a WorkRequest. */
        class WorkRequest {

            /**
             * Constructs a new WorkRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.WorkRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkRequest capacity. */
            capacity?: (wholesum.v1.Capacity.$Properties|null);

            /** WorkRequest tokenProof. */
            tokenProof: Uint8Array;

            /**
             * Encodes the specified WorkRequest message. Does not implicitly {@link wholesum.v1.WorkRequest.verify|verify} messages.
             * @param message WorkRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.WorkRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.WorkRequest & wholesum.v1.WorkRequest.$Shape} WorkRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.WorkRequest & wholesum.v1.WorkRequest.$Shape;

            /**
             * Verifies a WorkRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkRequest
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.WorkRequest;

            /**
             * Creates a plain object from a WorkRequest message. Also converts values to other types if specified.
             * @param message WorkRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.WorkRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkRequest {

            /** Properties of a WorkRequest. */
            interface $Properties {

                /** WorkRequest capacity */
                capacity?: (wholesum.v1.Capacity.$Properties|null);

                /** WorkRequest tokenProof */
                tokenProof?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkRequest. */
            type $Shape = wholesum.v1.WorkRequest.$Properties;
        }

        /** TaskKind enum. */
        enum TaskKind {

            /** TASK_KIND_UNSPECIFIED value */
            TASK_KIND_UNSPECIFIED = 0,

            /** PROVE_LIFT value */
            PROVE_LIFT = 1,

            /** JOIN value */
            JOIN = 3,

            /** GROTH16 value */
            GROTH16 = 4
        }

        /**
         * Properties of a BlobRef.
         * @deprecated Use wholesum.v1.BlobRef.$Properties instead.
         */
        interface IBlobRef extends wholesum.v1.BlobRef.$Properties {
        }

        /** Represents a BlobRef. */
        class BlobRef {

            /**
             * Constructs a new BlobRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.BlobRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlobRef sha256. */
            sha256: string;

            /** BlobRef size. */
            size: number;

            /** BlobRef role. */
            role: string;

            /**
             * Encodes the specified BlobRef message. Does not implicitly {@link wholesum.v1.BlobRef.verify|verify} messages.
             * @param message BlobRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.BlobRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlobRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.BlobRef & wholesum.v1.BlobRef.$Shape} BlobRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.BlobRef & wholesum.v1.BlobRef.$Shape;

            /**
             * Verifies a BlobRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BlobRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BlobRef
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.BlobRef;

            /**
             * Creates a plain object from a BlobRef message. Also converts values to other types if specified.
             * @param message BlobRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.BlobRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BlobRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BlobRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlobRef {

            /** Properties of a BlobRef. */
            interface $Properties {

                /** BlobRef sha256 */
                sha256?: (string|null);

                /** BlobRef size */
                size?: (number|null);

                /** BlobRef role */
                role?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlobRef. */
            type $Shape = wholesum.v1.BlobRef.$Properties;
        }

        /**
         * Properties of a TaskLease.
         * @deprecated Use wholesum.v1.TaskLease.$Properties instead.
         */
        interface ITaskLease extends wholesum.v1.TaskLease.$Properties {
        }

        /** Represents a TaskLease. */
        class TaskLease {

            /**
             * Constructs a new TaskLease.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.TaskLease.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskLease taskId. */
            taskId: string;

            /** TaskLease jobId. */
            jobId: string;

            /** TaskLease kind. */
            kind: wholesum.v1.TaskKind;

            /** TaskLease po2. */
            po2: number;

            /** TaskLease inputs. */
            inputs: wholesum.v1.BlobRef.$Properties[];

            /** TaskLease leaseDeadlineMs. */
            leaseDeadlineMs: number;

            /** TaskLease heartbeatIntervalMs. */
            heartbeatIntervalMs: number;

            /** TaskLease expectedClaim. */
            expectedClaim: string;

            /** TaskLease imageId. */
            imageId: string;

            /**
             * Encodes the specified TaskLease message. Does not implicitly {@link wholesum.v1.TaskLease.verify|verify} messages.
             * @param message TaskLease message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.TaskLease.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskLease message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.TaskLease & wholesum.v1.TaskLease.$Shape} TaskLease
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.TaskLease & wholesum.v1.TaskLease.$Shape;

            /**
             * Verifies a TaskLease message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskLease message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskLease
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.TaskLease;

            /**
             * Creates a plain object from a TaskLease message. Also converts values to other types if specified.
             * @param message TaskLease
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.TaskLease, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskLease to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskLease
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskLease {

            /** Properties of a TaskLease. */
            interface $Properties {

                /** TaskLease taskId */
                taskId?: (string|null);

                /** TaskLease jobId */
                jobId?: (string|null);

                /** TaskLease kind */
                kind?: (wholesum.v1.TaskKind|null);

                /** TaskLease po2 */
                po2?: (number|null);

                /** TaskLease inputs */
                inputs?: (wholesum.v1.BlobRef.$Properties[]|null);

                /** TaskLease leaseDeadlineMs */
                leaseDeadlineMs?: (number|null);

                /** TaskLease heartbeatIntervalMs */
                heartbeatIntervalMs?: (number|null);

                /** TaskLease expectedClaim */
                expectedClaim?: (string|null);

                /** TaskLease imageId */
                imageId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskLease. */
            type $Shape = wholesum.v1.TaskLease.$Properties;
        }

        /**
         * Properties of a NoWork.
         * @deprecated Use wholesum.v1.NoWork.$Properties instead.
         */
        interface INoWork extends wholesum.v1.NoWork.$Properties {
        }

        /** Represents a NoWork. */
        class NoWork {

            /**
             * Constructs a new NoWork.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.NoWork.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NoWork retryAfterMs. */
            retryAfterMs: number;

            /** NoWork reason. */
            reason: string;

            /**
             * Encodes the specified NoWork message. Does not implicitly {@link wholesum.v1.NoWork.verify|verify} messages.
             * @param message NoWork message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.NoWork.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NoWork message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.NoWork & wholesum.v1.NoWork.$Shape} NoWork
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.NoWork & wholesum.v1.NoWork.$Shape;

            /**
             * Verifies a NoWork message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NoWork message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NoWork
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.NoWork;

            /**
             * Creates a plain object from a NoWork message. Also converts values to other types if specified.
             * @param message NoWork
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.NoWork, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NoWork to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NoWork
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NoWork {

            /** Properties of a NoWork. */
            interface $Properties {

                /** NoWork retryAfterMs */
                retryAfterMs?: (number|null);

                /** NoWork reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NoWork. */
            type $Shape = wholesum.v1.NoWork.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use wholesum.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends wholesum.v1.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heartbeat taskId. */
            taskId: string;

            /** Heartbeat stage. */
            stage: string;

            /** Heartbeat elapsedSeconds. */
            elapsedSeconds: number;

            /** Heartbeat rssBytes. */
            rssBytes: number;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link wholesum.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.Heartbeat & wholesum.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.Heartbeat & wholesum.v1.Heartbeat.$Shape;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Heartbeat taskId */
                taskId?: (string|null);

                /** Heartbeat stage */
                stage?: (string|null);

                /** Heartbeat elapsedSeconds */
                elapsedSeconds?: (number|null);

                /** Heartbeat rssBytes */
                rssBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = wholesum.v1.Heartbeat.$Properties;
        }

        /**
         * Properties of a LeaseUpdate.
         * @deprecated Use wholesum.v1.LeaseUpdate.$Properties instead.
         */
        interface ILeaseUpdate extends wholesum.v1.LeaseUpdate.$Properties {
        }

        /** Represents a LeaseUpdate. */
        class LeaseUpdate {

            /**
             * Constructs a new LeaseUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.LeaseUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseUpdate taskId. */
            taskId: string;

            /** LeaseUpdate leaseDeadlineMs. */
            leaseDeadlineMs: number;

            /** LeaseUpdate cancel. */
            cancel: boolean;

            /**
             * Encodes the specified LeaseUpdate message. Does not implicitly {@link wholesum.v1.LeaseUpdate.verify|verify} messages.
             * @param message LeaseUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.LeaseUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.LeaseUpdate & wholesum.v1.LeaseUpdate.$Shape} LeaseUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.LeaseUpdate & wholesum.v1.LeaseUpdate.$Shape;

            /**
             * Verifies a LeaseUpdate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeaseUpdate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseUpdate
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.LeaseUpdate;

            /**
             * Creates a plain object from a LeaseUpdate message. Also converts values to other types if specified.
             * @param message LeaseUpdate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.LeaseUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseUpdate {

            /** Properties of a LeaseUpdate. */
            interface $Properties {

                /** LeaseUpdate taskId */
                taskId?: (string|null);

                /** LeaseUpdate leaseDeadlineMs */
                leaseDeadlineMs?: (number|null);

                /** LeaseUpdate cancel */
                cancel?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseUpdate. */
            type $Shape = wholesum.v1.LeaseUpdate.$Properties;
        }

        /**
         * Properties of a Timings.
         * @deprecated Use wholesum.v1.Timings.$Properties instead.
         */
        interface ITimings extends wholesum.v1.Timings.$Properties {
        }

        /** Represents a Timings. */
        class Timings {

            /**
             * Constructs a new Timings.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.Timings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timings fetchSeconds. */
            fetchSeconds: number;

            /** Timings proveSeconds. */
            proveSeconds: number;

            /** Timings liftSeconds. */
            liftSeconds: number;

            /** Timings joinSeconds. */
            joinSeconds: number;

            /** Timings totalSeconds. */
            totalSeconds: number;

            /**
             * Encodes the specified Timings message. Does not implicitly {@link wholesum.v1.Timings.verify|verify} messages.
             * @param message Timings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.Timings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.Timings & wholesum.v1.Timings.$Shape} Timings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.Timings & wholesum.v1.Timings.$Shape;

            /**
             * Verifies a Timings message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timings message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timings
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.Timings;

            /**
             * Creates a plain object from a Timings message. Also converts values to other types if specified.
             * @param message Timings
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.Timings, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timings to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timings {

            /** Properties of a Timings. */
            interface $Properties {

                /** Timings fetchSeconds */
                fetchSeconds?: (number|null);

                /** Timings proveSeconds */
                proveSeconds?: (number|null);

                /** Timings liftSeconds */
                liftSeconds?: (number|null);

                /** Timings joinSeconds */
                joinSeconds?: (number|null);

                /** Timings totalSeconds */
                totalSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timings. */
            type $Shape = wholesum.v1.Timings.$Properties;
        }

        /**
         * Properties of a TaskError.
         * @deprecated Use wholesum.v1.TaskError.$Properties instead.
         */
        interface ITaskError extends wholesum.v1.TaskError.$Properties {
        }

        /** Represents a TaskError. */
        class TaskError {

            /**
             * Constructs a new TaskError.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.TaskError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskError code. */
            code: string;

            /** TaskError message. */
            message: string;

            /** TaskError retryable. */
            retryable: boolean;

            /**
             * Encodes the specified TaskError message. Does not implicitly {@link wholesum.v1.TaskError.verify|verify} messages.
             * @param message TaskError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.TaskError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.TaskError & wholesum.v1.TaskError.$Shape} TaskError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.TaskError & wholesum.v1.TaskError.$Shape;

            /**
             * Verifies a TaskError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskError
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.TaskError;

            /**
             * Creates a plain object from a TaskError message. Also converts values to other types if specified.
             * @param message TaskError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.TaskError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskError {

            /** Properties of a TaskError. */
            interface $Properties {

                /** TaskError code */
                code?: (string|null);

                /** TaskError message */
                message?: (string|null);

                /** TaskError retryable */
                retryable?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskError. */
            type $Shape = wholesum.v1.TaskError.$Properties;
        }

        /**
         * Properties of a TaskResult.
         * @deprecated Use wholesum.v1.TaskResult.$Properties instead.
         */
        interface ITaskResult extends wholesum.v1.TaskResult.$Properties {
        }

        /** Represents a TaskResult. */
        class TaskResult {

            /**
             * Constructs a new TaskResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.TaskResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskResult taskId. */
            taskId: string;

            /** TaskResult jobId. */
            jobId: string;

            /** TaskResult output. */
            output?: (wholesum.v1.BlobRef.$Properties|null);

            /** TaskResult claimDigest. */
            claimDigest: string;

            /** TaskResult timings. */
            timings?: (wholesum.v1.Timings.$Properties|null);

            /** TaskResult peakRssBytes. */
            peakRssBytes: number;

            /** TaskResult error. */
            error?: (wholesum.v1.TaskError.$Properties|null);

            /**
             * Encodes the specified TaskResult message. Does not implicitly {@link wholesum.v1.TaskResult.verify|verify} messages.
             * @param message TaskResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.TaskResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.TaskResult & wholesum.v1.TaskResult.$Shape} TaskResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.TaskResult & wholesum.v1.TaskResult.$Shape;

            /**
             * Verifies a TaskResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskResult
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.TaskResult;

            /**
             * Creates a plain object from a TaskResult message. Also converts values to other types if specified.
             * @param message TaskResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.TaskResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskResult {

            /** Properties of a TaskResult. */
            interface $Properties {

                /** TaskResult taskId */
                taskId?: (string|null);

                /** TaskResult jobId */
                jobId?: (string|null);

                /** TaskResult output */
                output?: (wholesum.v1.BlobRef.$Properties|null);

                /** TaskResult claimDigest */
                claimDigest?: (string|null);

                /** TaskResult timings */
                timings?: (wholesum.v1.Timings.$Properties|null);

                /** TaskResult peakRssBytes */
                peakRssBytes?: (number|null);

                /** TaskResult error */
                error?: (wholesum.v1.TaskError.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskResult. */
            type $Shape = wholesum.v1.TaskResult.$Properties;
        }

        /**
         * Properties of a ResultAck.
         * @deprecated Use wholesum.v1.ResultAck.$Properties instead.
         */
        interface IResultAck extends wholesum.v1.ResultAck.$Properties {
        }

        /** Represents a ResultAck. */
        class ResultAck {

            /**
             * Constructs a new ResultAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.ResultAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResultAck taskId. */
            taskId: string;

            /** ResultAck accepted. */
            accepted: boolean;

            /** ResultAck reason. */
            reason: string;

            /**
             * Encodes the specified ResultAck message. Does not implicitly {@link wholesum.v1.ResultAck.verify|verify} messages.
             * @param message ResultAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.ResultAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResultAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.ResultAck & wholesum.v1.ResultAck.$Shape} ResultAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.ResultAck & wholesum.v1.ResultAck.$Shape;

            /**
             * Verifies a ResultAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResultAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResultAck
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.ResultAck;

            /**
             * Creates a plain object from a ResultAck message. Also converts values to other types if specified.
             * @param message ResultAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.ResultAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResultAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResultAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResultAck {

            /** Properties of a ResultAck. */
            interface $Properties {

                /** ResultAck taskId */
                taskId?: (string|null);

                /** ResultAck accepted */
                accepted?: (boolean|null);

                /** ResultAck reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResultAck. */
            type $Shape = wholesum.v1.ResultAck.$Properties;
        }

        /**
         * Properties of a BlobRequest.
         * @deprecated Use wholesum.v1.BlobRequest.$Properties instead.
         */
        interface IBlobRequest extends wholesum.v1.BlobRequest.$Properties {
        }

        /** Represents a BlobRequest. */
        class BlobRequest {

            /**
             * Constructs a new BlobRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.BlobRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlobRequest sha256. */
            sha256: string;

            /**
             * Encodes the specified BlobRequest message. Does not implicitly {@link wholesum.v1.BlobRequest.verify|verify} messages.
             * @param message BlobRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.BlobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlobRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.BlobRequest & wholesum.v1.BlobRequest.$Shape} BlobRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.BlobRequest & wholesum.v1.BlobRequest.$Shape;

            /**
             * Verifies a BlobRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BlobRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BlobRequest
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.BlobRequest;

            /**
             * Creates a plain object from a BlobRequest message. Also converts values to other types if specified.
             * @param message BlobRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.BlobRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BlobRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BlobRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlobRequest {

            /** Properties of a BlobRequest. */
            interface $Properties {

                /** BlobRequest sha256 */
                sha256?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlobRequest. */
            type $Shape = wholesum.v1.BlobRequest.$Properties;
        }

        /**
         * Properties of a BlobChunk.
         * @deprecated Use wholesum.v1.BlobChunk.$Properties instead.
         */
        interface IBlobChunk extends wholesum.v1.BlobChunk.$Properties {
        }

        /** Represents a BlobChunk. */
        class BlobChunk {

            /**
             * Constructs a new BlobChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.BlobChunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlobChunk sha256. */
            sha256: string;

            /** BlobChunk offset. */
            offset: number;

            /** BlobChunk data. */
            data: Uint8Array;

            /** BlobChunk chunkSha256. */
            chunkSha256: string;

            /** BlobChunk totalSize. */
            totalSize: number;

            /** BlobChunk last. */
            last: boolean;

            /**
             * Encodes the specified BlobChunk message. Does not implicitly {@link wholesum.v1.BlobChunk.verify|verify} messages.
             * @param message BlobChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.BlobChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlobChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.BlobChunk & wholesum.v1.BlobChunk.$Shape} BlobChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.BlobChunk & wholesum.v1.BlobChunk.$Shape;

            /**
             * Verifies a BlobChunk message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BlobChunk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BlobChunk
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.BlobChunk;

            /**
             * Creates a plain object from a BlobChunk message. Also converts values to other types if specified.
             * @param message BlobChunk
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.BlobChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BlobChunk to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BlobChunk
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlobChunk {

            /** Properties of a BlobChunk. */
            interface $Properties {

                /** BlobChunk sha256 */
                sha256?: (string|null);

                /** BlobChunk offset */
                offset?: (number|null);

                /** BlobChunk data */
                data?: (Uint8Array|null);

                /** BlobChunk chunkSha256 */
                chunkSha256?: (string|null);

                /** BlobChunk totalSize */
                totalSize?: (number|null);

                /** BlobChunk last */
                last?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlobChunk. */
            type $Shape = wholesum.v1.BlobChunk.$Properties;
        }

        /**
         * Properties of a JobAnnouncement.
         * @deprecated Use wholesum.v1.JobAnnouncement.$Properties instead.
         */
        interface IJobAnnouncement extends wholesum.v1.JobAnnouncement.$Properties {
        }

        /** Represents a JobAnnouncement. */
        class JobAnnouncement {

            /**
             * Constructs a new JobAnnouncement.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.JobAnnouncement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobAnnouncement jobId. */
            jobId: string;

            /** JobAnnouncement po2. */
            po2: number;

            /** JobAnnouncement tasks. */
            tasks: number;

            /** JobAnnouncement createdMs. */
            createdMs: number;

            /**
             * Encodes the specified JobAnnouncement message. Does not implicitly {@link wholesum.v1.JobAnnouncement.verify|verify} messages.
             * @param message JobAnnouncement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.JobAnnouncement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobAnnouncement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.JobAnnouncement & wholesum.v1.JobAnnouncement.$Shape} JobAnnouncement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.JobAnnouncement & wholesum.v1.JobAnnouncement.$Shape;

            /**
             * Verifies a JobAnnouncement message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JobAnnouncement message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobAnnouncement
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.JobAnnouncement;

            /**
             * Creates a plain object from a JobAnnouncement message. Also converts values to other types if specified.
             * @param message JobAnnouncement
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.JobAnnouncement, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobAnnouncement to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JobAnnouncement
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JobAnnouncement {

            /** Properties of a JobAnnouncement. */
            interface $Properties {

                /** JobAnnouncement jobId */
                jobId?: (string|null);

                /** JobAnnouncement po2 */
                po2?: (number|null);

                /** JobAnnouncement tasks */
                tasks?: (number|null);

                /** JobAnnouncement createdMs */
                createdMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobAnnouncement. */
            type $Shape = wholesum.v1.JobAnnouncement.$Properties;
        }

        /**
         * Properties of a ProtocolFault.
         * @deprecated Use wholesum.v1.ProtocolFault.$Properties instead.
         */
        interface IProtocolFault extends wholesum.v1.ProtocolFault.$Properties {
        }

        /** Represents a ProtocolFault. */
        class ProtocolFault {

            /**
             * Constructs a new ProtocolFault.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.ProtocolFault.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProtocolFault code. */
            code: string;

            /** ProtocolFault message. */
            message: string;

            /**
             * Encodes the specified ProtocolFault message. Does not implicitly {@link wholesum.v1.ProtocolFault.verify|verify} messages.
             * @param message ProtocolFault message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.ProtocolFault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProtocolFault message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.ProtocolFault & wholesum.v1.ProtocolFault.$Shape} ProtocolFault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.ProtocolFault & wholesum.v1.ProtocolFault.$Shape;

            /**
             * Verifies a ProtocolFault message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProtocolFault message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProtocolFault
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.ProtocolFault;

            /**
             * Creates a plain object from a ProtocolFault message. Also converts values to other types if specified.
             * @param message ProtocolFault
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.ProtocolFault, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProtocolFault to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProtocolFault
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProtocolFault {

            /** Properties of a ProtocolFault. */
            interface $Properties {

                /** ProtocolFault code */
                code?: (string|null);

                /** ProtocolFault message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProtocolFault. */
            type $Shape = wholesum.v1.ProtocolFault.$Properties;
        }

        /**
         * Properties of an Envelope.
         * @deprecated Use wholesum.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends wholesum.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: wholesum.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope version. */
            version: number;

            /** Envelope workRequest. */
            workRequest?: (wholesum.v1.WorkRequest.$Properties|null);

            /** Envelope lease. */
            lease?: (wholesum.v1.TaskLease.$Properties|null);

            /** Envelope noWork. */
            noWork?: (wholesum.v1.NoWork.$Properties|null);

            /** Envelope heartbeat. */
            heartbeat?: (wholesum.v1.Heartbeat.$Properties|null);

            /** Envelope leaseUpdate. */
            leaseUpdate?: (wholesum.v1.LeaseUpdate.$Properties|null);

            /** Envelope result. */
            result?: (wholesum.v1.TaskResult.$Properties|null);

            /** Envelope ack. */
            ack?: (wholesum.v1.ResultAck.$Properties|null);

            /** Envelope blobRequest. */
            blobRequest?: (wholesum.v1.BlobRequest.$Properties|null);

            /** Envelope blobChunk. */
            blobChunk?: (wholesum.v1.BlobChunk.$Properties|null);

            /** Envelope fault. */
            fault?: (wholesum.v1.ProtocolFault.$Properties|null);

            /** Envelope body. */
            body?: ("workRequest"|"lease"|"noWork"|"heartbeat"|"leaseUpdate"|"result"|"ack"|"blobRequest"|"blobChunk"|"fault");

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link wholesum.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wholesum.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wholesum.v1.Envelope & wholesum.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wholesum.v1.Envelope & wholesum.v1.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Envelope
             */
            static fromObject(object: { [k: string]: any }): wholesum.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param message Envelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: wholesum.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope version */
                version?: (number|null);

                /** Envelope workRequest */
                workRequest?: (wholesum.v1.WorkRequest.$Properties|null);

                /** Envelope lease */
                lease?: (wholesum.v1.TaskLease.$Properties|null);

                /** Envelope noWork */
                noWork?: (wholesum.v1.NoWork.$Properties|null);

                /** Envelope heartbeat */
                heartbeat?: (wholesum.v1.Heartbeat.$Properties|null);

                /** Envelope leaseUpdate */
                leaseUpdate?: (wholesum.v1.LeaseUpdate.$Properties|null);

                /** Envelope result */
                result?: (wholesum.v1.TaskResult.$Properties|null);

                /** Envelope ack */
                ack?: (wholesum.v1.ResultAck.$Properties|null);

                /** Envelope blobRequest */
                blobRequest?: (wholesum.v1.BlobRequest.$Properties|null);

                /** Envelope blobChunk */
                blobChunk?: (wholesum.v1.BlobChunk.$Properties|null);

                /** Envelope fault */
                fault?: (wholesum.v1.ProtocolFault.$Properties|null);

                /** Envelope body */
                body?: ("workRequest"|"lease"|"noWork"|"heartbeat"|"leaseUpdate"|"result"|"ack"|"blobRequest"|"blobChunk"|"fault");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              version?: number|null;
              workRequest?: wholesum.v1.WorkRequest.$Shape|null;
              lease?: wholesum.v1.TaskLease.$Shape|null;
              noWork?: wholesum.v1.NoWork.$Shape|null;
              heartbeat?: wholesum.v1.Heartbeat.$Shape|null;
              leaseUpdate?: wholesum.v1.LeaseUpdate.$Shape|null;
              result?: wholesum.v1.TaskResult.$Shape|null;
              ack?: wholesum.v1.ResultAck.$Shape|null;
              blobRequest?: wholesum.v1.BlobRequest.$Shape|null;
              blobChunk?: wholesum.v1.BlobChunk.$Shape|null;
              fault?: wholesum.v1.ProtocolFault.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "workRequest"; workRequest: wholesum.v1.WorkRequest.$Shape; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "lease"; workRequest?: null; lease: wholesum.v1.TaskLease.$Shape; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "noWork"; workRequest?: null; lease?: null; noWork: wholesum.v1.NoWork.$Shape; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "heartbeat"; workRequest?: null; lease?: null; noWork?: null; heartbeat: wholesum.v1.Heartbeat.$Shape; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "leaseUpdate"; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate: wholesum.v1.LeaseUpdate.$Shape; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "result"; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result: wholesum.v1.TaskResult.$Shape; ack?: null; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "ack"; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack: wholesum.v1.ResultAck.$Shape; blobRequest?: null; blobChunk?: null; fault?: null }|{ body?: "blobRequest"; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest: wholesum.v1.BlobRequest.$Shape; blobChunk?: null; fault?: null }|{ body?: "blobChunk"; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk: wholesum.v1.BlobChunk.$Shape; fault?: null }|{ body?: "fault"; workRequest?: null; lease?: null; noWork?: null; heartbeat?: null; leaseUpdate?: null; result?: null; ack?: null; blobRequest?: null; blobChunk?: null; fault: wholesum.v1.ProtocolFault.$Shape })
            );
        }
    }
}
