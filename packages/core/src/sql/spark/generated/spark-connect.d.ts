import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace spark. */
export namespace spark {

    /** Namespace connect. */
    namespace connect {

        /**
         * Properties of a Plan.
         * @deprecated Use spark.connect.Plan.$Properties instead.
         */
        interface IPlan extends spark.connect.Plan.$Properties {
        }

        /** Represents a Plan. */
        class Plan {

            /**
             * Constructs a new Plan.
             * @param [properties] Properties to set
             */
            constructor(properties?: spark.connect.Plan.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Plan root. */
            root?: (spark.connect.Relation.$Properties|null);

            /** Plan command. */
            command?: (spark.connect.Command.$Properties|null);

            /** Plan opType. */
            opType?: ("root"|"command");

            /**
             * Encodes the specified Plan message. Does not implicitly {@link spark.connect.Plan.verify|verify} messages.
             * @param message Plan message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spark.connect.Plan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Plan message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spark.connect.Plan & spark.connect.Plan.$Shape} Plan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spark.connect.Plan & spark.connect.Plan.$Shape;
        }

        namespace Plan {

            /** Properties of a Plan. */
            interface $Properties {

                /** Plan root */
                root?: (spark.connect.Relation.$Properties|null);

                /** Plan command */
                command?: (spark.connect.Command.$Properties|null);

                /** Plan opType */
                opType?: ("root"|"command");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Plan. */
            type $Shape = {
              root?: spark.connect.Relation.$Shape|null;
              command?: spark.connect.Command.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ opType?: undefined; root?: null; command?: null }|{ opType?: "root"; root: spark.connect.Relation.$Shape; command?: null }|{ opType?: "command"; root?: null; command: spark.connect.Command.$Shape })
            );
        }

        /**
         * Properties of a Relation.
         * @deprecated Use spark.connect.Relation.$Properties instead.
         */
        interface IRelation extends spark.connect.Relation.$Properties {
        }

        /** Represents a Relation. */
        class Relation {

            /**
             * Constructs a new Relation.
             * @param [properties] Properties to set
             */
            constructor(properties?: spark.connect.Relation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Relation sql. */
            sql?: (spark.connect.SQL.$Properties|null);

            /** Relation localRelation. */
            localRelation?: (spark.connect.LocalRelation.$Properties|null);

            /** Relation relType. */
            relType?: ("sql"|"localRelation");

            /**
             * Encodes the specified Relation message. Does not implicitly {@link spark.connect.Relation.verify|verify} messages.
             * @param message Relation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spark.connect.Relation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Relation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spark.connect.Relation & spark.connect.Relation.$Shape} Relation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spark.connect.Relation & spark.connect.Relation.$Shape;
        }

        namespace Relation {

            /** Properties of a Relation. */
            interface $Properties {

                /** Relation sql */
                sql?: (spark.connect.SQL.$Properties|null);

                /** Relation localRelation */
                localRelation?: (spark.connect.LocalRelation.$Properties|null);

                /** Relation relType */
                relType?: ("sql"|"localRelation");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Relation. */
            type $Shape = {
              sql?: spark.connect.SQL.$Shape|null;
              localRelation?: spark.connect.LocalRelation.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ relType?: undefined; sql?: null; localRelation?: null }|{ relType?: "sql"; sql: spark.connect.SQL.$Shape; localRelation?: null }|{ relType?: "localRelation"; sql?: null; localRelation: spark.connect.LocalRelation.$Shape })
            );
        }

        /**
         * Properties of a SQL.
         * @deprecated Use spark.connect.SQL.$Properties instead.
         */
        interface ISQL extends spark.connect.SQL.$Properties {
        }

        /** Represents a SQL. */
        class SQL {

            /**
             * Constructs a new SQL.
             * @param [properties] Properties to set
             */
            constructor(properties?: spark.connect.SQL.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SQL query. */
            query: string;

            /**
             * Encodes the specified SQL message. Does not implicitly {@link spark.connect.SQL.verify|verify} messages.
             * @param message SQL message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spark.connect.SQL.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SQL message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spark.connect.SQL & spark.connect.SQL.$Shape} SQL
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spark.connect.SQL & spark.connect.SQL.$Shape;
        }

        namespace SQL {

            /** Properties of a SQL. */
            interface $Properties {

                /** SQL query */
                query?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SQL. */
            type $Shape = spark.connect.SQL.$Properties;
        }

        /**
         * Properties of a LocalRelation.
         * @deprecated Use spark.connect.LocalRelation.$Properties instead.
         */
        interface ILocalRelation extends spark.connect.LocalRelation.$Properties {
        }

        /** Represents a LocalRelation. */
        class LocalRelation {

            /**
             * Constructs a new LocalRelation.
             * @param [properties] Properties to set
             */
            constructor(properties?: spark.connect.LocalRelation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocalRelation data. */
            data?: (Uint8Array|null);

            /** LocalRelation schema. */
            schema?: (string|null);

            /**
             * Encodes the specified LocalRelation message. Does not implicitly {@link spark.connect.LocalRelation.verify|verify} messages.
             * @param message LocalRelation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spark.connect.LocalRelation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocalRelation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spark.connect.LocalRelation & spark.connect.LocalRelation.$Shape} LocalRelation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spark.connect.LocalRelation & spark.connect.LocalRelation.$Shape;
        }

        namespace LocalRelation {

            /** Properties of a LocalRelation. */
            interface $Properties {

                /** LocalRelation data */
                data?: (Uint8Array|null);

                /** LocalRelation schema */
                schema?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocalRelation. */
            type $Shape = spark.connect.LocalRelation.$Properties;
        }

        /**
         * Properties of a Command.
         * @deprecated Use spark.connect.Command.$Properties instead.
         */
        interface ICommand extends spark.connect.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [properties] Properties to set
             */
            constructor(properties?: spark.connect.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command createDataframeView. */
            createDataframeView?: (spark.connect.CreateDataFrameViewCommand.$Properties|null);

            /** Command commandType. */
            commandType?: "createDataframeView";

            /**
             * Encodes the specified Command message. Does not implicitly {@link spark.connect.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spark.connect.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spark.connect.Command & spark.connect.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spark.connect.Command & spark.connect.Command.$Shape;
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command createDataframeView */
                createDataframeView?: (spark.connect.CreateDataFrameViewCommand.$Properties|null);

                /** Command commandType */
                commandType?: "createDataframeView";

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Command. */
            type $Shape = {
              createDataframeView?: spark.connect.CreateDataFrameViewCommand.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ commandType?: undefined; createDataframeView?: null }|{ commandType?: "createDataframeView"; createDataframeView: spark.connect.CreateDataFrameViewCommand.$Shape })
            );
        }

        /**
         * Properties of a CreateDataFrameViewCommand.
         * @deprecated Use spark.connect.CreateDataFrameViewCommand.$Properties instead.
         */
        interface ICreateDataFrameViewCommand extends spark.connect.CreateDataFrameViewCommand.$Properties {
        }

        /** Represents a CreateDataFrameViewCommand. */
        class CreateDataFrameViewCommand {

            /**
             * Constructs a new CreateDataFrameViewCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: spark.connect.CreateDataFrameViewCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateDataFrameViewCommand input. */
            input?: (spark.connect.Relation.$Properties|null);

            /** CreateDataFrameViewCommand name. */
            name: string;

            /** CreateDataFrameViewCommand isGlobal. */
            isGlobal: boolean;

            /** CreateDataFrameViewCommand replace. */
            replace: boolean;

            /**
             * Encodes the specified CreateDataFrameViewCommand message. Does not implicitly {@link spark.connect.CreateDataFrameViewCommand.verify|verify} messages.
             * @param message CreateDataFrameViewCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spark.connect.CreateDataFrameViewCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateDataFrameViewCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spark.connect.CreateDataFrameViewCommand & spark.connect.CreateDataFrameViewCommand.$Shape} CreateDataFrameViewCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spark.connect.CreateDataFrameViewCommand & spark.connect.CreateDataFrameViewCommand.$Shape;
        }

        namespace CreateDataFrameViewCommand {

            /** Properties of a CreateDataFrameViewCommand. */
            interface $Properties {

                /** CreateDataFrameViewCommand input */
                input?: (spark.connect.Relation.$Properties|null);

                /** CreateDataFrameViewCommand name */
                name?: (string|null);

                /** CreateDataFrameViewCommand isGlobal */
                isGlobal?: (boolean|null);

                /** CreateDataFrameViewCommand replace */
                replace?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateDataFrameViewCommand. */
            type $Shape = {
              input?: spark.connect.Relation.$Shape|null;
              name?: string|null;
              isGlobal?: boolean|null;
              replace?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a UserContext.
         * @deprecated Use spark.connect.UserContext.$Properties instead.
         */
        interface IUserContext extends spark.connect.UserContext.$Properties {
        }

        /** Represents a UserContext. */
        class UserContext {

            /**
             * Constructs a new UserContext.
             * @param [properties] Properties to set
             */
            constructor(properties?: spark.connect.UserContext.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserContext userId. */
            userId: string;

            /** UserContext userName. */
            userName: string;

            /**
             * Encodes the specified UserContext message. Does not implicitly {@link spark.connect.UserContext.verify|verify} messages.
             * @param message UserContext message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spark.connect.UserContext.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserContext message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spark.connect.UserContext & spark.connect.UserContext.$Shape} UserContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spark.connect.UserContext & spark.connect.UserContext.$Shape;
        }

        namespace UserContext {

            /** Properties of a UserContext. */
            interface $Properties {

                /** UserContext userId */
                userId?: (string|null);

                /** UserContext userName */
                userName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserContext. */
            type $Shape = spark.connect.UserContext.$Properties;
        }

        /**
         * Properties of an ExecutePlanRequest.
         * @deprecated Use spark.connect.ExecutePlanRequest.$Properties instead.
         */
        interface IExecutePlanRequest extends spark.connect.ExecutePlanRequest.$Properties {
        }

        /** Represents an ExecutePlanRequest. */
        class ExecutePlanRequest {

            /**
             * Constructs a new ExecutePlanRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: spark.connect.ExecutePlanRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecutePlanRequest sessionId. */
            sessionId: string;

            /** ExecutePlanRequest userContext. */
            userContext?: (spark.connect.UserContext.$Properties|null);

            /** ExecutePlanRequest plan. */
            plan?: (spark.connect.Plan.$Properties|null);

            /** ExecutePlanRequest clientType. */
            clientType?: (string|null);

            /** ExecutePlanRequest operationId. */
            operationId?: (string|null);

            /** ExecutePlanRequest tags. */
            tags: string[];

            /**
             * Encodes the specified ExecutePlanRequest message. Does not implicitly {@link spark.connect.ExecutePlanRequest.verify|verify} messages.
             * @param message ExecutePlanRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spark.connect.ExecutePlanRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecutePlanRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spark.connect.ExecutePlanRequest & spark.connect.ExecutePlanRequest.$Shape} ExecutePlanRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spark.connect.ExecutePlanRequest & spark.connect.ExecutePlanRequest.$Shape;
        }

        namespace ExecutePlanRequest {

            /** Properties of an ExecutePlanRequest. */
            interface $Properties {

                /** ExecutePlanRequest sessionId */
                sessionId?: (string|null);

                /** ExecutePlanRequest userContext */
                userContext?: (spark.connect.UserContext.$Properties|null);

                /** ExecutePlanRequest plan */
                plan?: (spark.connect.Plan.$Properties|null);

                /** ExecutePlanRequest clientType */
                clientType?: (string|null);

                /** ExecutePlanRequest operationId */
                operationId?: (string|null);

                /** ExecutePlanRequest tags */
                tags?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExecutePlanRequest. */
            type $Shape = {
              sessionId?: string|null;
              userContext?: spark.connect.UserContext.$Shape|null;
              plan?: spark.connect.Plan.$Shape|null;
              clientType?: string|null;
              operationId?: string|null;
              tags?: string[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an ExecutePlanResponse.
         * @deprecated Use spark.connect.ExecutePlanResponse.$Properties instead.
         */
        interface IExecutePlanResponse extends spark.connect.ExecutePlanResponse.$Properties {
        }

        /** Represents an ExecutePlanResponse. */
        class ExecutePlanResponse {

            /**
             * Constructs a new ExecutePlanResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: spark.connect.ExecutePlanResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecutePlanResponse sessionId. */
            sessionId: string;

            /** ExecutePlanResponse operationId. */
            operationId: string;

            /** ExecutePlanResponse responseId. */
            responseId: string;

            /** ExecutePlanResponse serverSideSessionId. */
            serverSideSessionId: string;

            /** ExecutePlanResponse arrowBatch. */
            arrowBatch?: (spark.connect.ExecutePlanResponse.ArrowBatch.$Properties|null);

            /** ExecutePlanResponse resultComplete. */
            resultComplete?: (spark.connect.ExecutePlanResponse.ResultComplete.$Properties|null);

            /** ExecutePlanResponse responseType. */
            responseType?: ("arrowBatch"|"resultComplete");

            /**
             * Encodes the specified ExecutePlanResponse message. Does not implicitly {@link spark.connect.ExecutePlanResponse.verify|verify} messages.
             * @param message ExecutePlanResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spark.connect.ExecutePlanResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecutePlanResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spark.connect.ExecutePlanResponse & spark.connect.ExecutePlanResponse.$Shape} ExecutePlanResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spark.connect.ExecutePlanResponse & spark.connect.ExecutePlanResponse.$Shape;
        }

        namespace ExecutePlanResponse {

            /** Properties of an ExecutePlanResponse. */
            interface $Properties {

                /** ExecutePlanResponse sessionId */
                sessionId?: (string|null);

                /** ExecutePlanResponse operationId */
                operationId?: (string|null);

                /** ExecutePlanResponse responseId */
                responseId?: (string|null);

                /** ExecutePlanResponse serverSideSessionId */
                serverSideSessionId?: (string|null);

                /** ExecutePlanResponse arrowBatch */
                arrowBatch?: (spark.connect.ExecutePlanResponse.ArrowBatch.$Properties|null);

                /** ExecutePlanResponse resultComplete */
                resultComplete?: (spark.connect.ExecutePlanResponse.ResultComplete.$Properties|null);

                /** ExecutePlanResponse responseType */
                responseType?: ("arrowBatch"|"resultComplete");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an ExecutePlanResponse. */
            type $Shape = {
              sessionId?: string|null;
              operationId?: string|null;
              responseId?: string|null;
              serverSideSessionId?: string|null;
              arrowBatch?: spark.connect.ExecutePlanResponse.ArrowBatch.$Shape|null;
              resultComplete?: spark.connect.ExecutePlanResponse.ResultComplete.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ responseType?: undefined; arrowBatch?: null; resultComplete?: null }|{ responseType?: "arrowBatch"; arrowBatch: spark.connect.ExecutePlanResponse.ArrowBatch.$Shape; resultComplete?: null }|{ responseType?: "resultComplete"; arrowBatch?: null; resultComplete: spark.connect.ExecutePlanResponse.ResultComplete.$Shape })
            );

            /**
             * Properties of an ArrowBatch.
             * @deprecated Use spark.connect.ExecutePlanResponse.ArrowBatch.$Properties instead.
             */
            interface IArrowBatch extends spark.connect.ExecutePlanResponse.ArrowBatch.$Properties {
            }

            /** Represents an ArrowBatch. */
            class ArrowBatch {

                /**
                 * Constructs a new ArrowBatch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spark.connect.ExecutePlanResponse.ArrowBatch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ArrowBatch rowCount. */
                rowCount: (number|Long);

                /** ArrowBatch data. */
                data: Uint8Array;

                /** ArrowBatch startOffset. */
                startOffset?: (number|Long|null);

                /**
                 * Encodes the specified ArrowBatch message. Does not implicitly {@link spark.connect.ExecutePlanResponse.ArrowBatch.verify|verify} messages.
                 * @param message ArrowBatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spark.connect.ExecutePlanResponse.ArrowBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ArrowBatch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spark.connect.ExecutePlanResponse.ArrowBatch & spark.connect.ExecutePlanResponse.ArrowBatch.$Shape} ArrowBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spark.connect.ExecutePlanResponse.ArrowBatch & spark.connect.ExecutePlanResponse.ArrowBatch.$Shape;
            }

            namespace ArrowBatch {

                /** Properties of an ArrowBatch. */
                interface $Properties {

                    /** ArrowBatch rowCount */
                    rowCount?: (number|Long|null);

                    /** ArrowBatch data */
                    data?: (Uint8Array|null);

                    /** ArrowBatch startOffset */
                    startOffset?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ArrowBatch. */
                type $Shape = spark.connect.ExecutePlanResponse.ArrowBatch.$Properties;
            }

            /**
             * Properties of a ResultComplete.
             * @deprecated Use spark.connect.ExecutePlanResponse.ResultComplete.$Properties instead.
             */
            interface IResultComplete extends spark.connect.ExecutePlanResponse.ResultComplete.$Properties {
            }

            /** Represents a ResultComplete. */
            class ResultComplete {

                /**
                 * Constructs a new ResultComplete.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: spark.connect.ExecutePlanResponse.ResultComplete.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Encodes the specified ResultComplete message. Does not implicitly {@link spark.connect.ExecutePlanResponse.ResultComplete.verify|verify} messages.
                 * @param message ResultComplete message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: spark.connect.ExecutePlanResponse.ResultComplete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResultComplete message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {spark.connect.ExecutePlanResponse.ResultComplete & spark.connect.ExecutePlanResponse.ResultComplete.$Shape} ResultComplete
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spark.connect.ExecutePlanResponse.ResultComplete & spark.connect.ExecutePlanResponse.ResultComplete.$Shape;
            }

            namespace ResultComplete {

                /** Properties of a ResultComplete. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResultComplete. */
                type $Shape = spark.connect.ExecutePlanResponse.ResultComplete.$Properties;
            }
        }

        /**
         * Properties of a ReleaseSessionRequest.
         * @deprecated Use spark.connect.ReleaseSessionRequest.$Properties instead.
         */
        interface IReleaseSessionRequest extends spark.connect.ReleaseSessionRequest.$Properties {
        }

        /** Represents a ReleaseSessionRequest. */
        class ReleaseSessionRequest {

            /**
             * Constructs a new ReleaseSessionRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: spark.connect.ReleaseSessionRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReleaseSessionRequest sessionId. */
            sessionId: string;

            /** ReleaseSessionRequest userContext. */
            userContext?: (spark.connect.UserContext.$Properties|null);

            /** ReleaseSessionRequest clientType. */
            clientType?: (string|null);

            /**
             * Encodes the specified ReleaseSessionRequest message. Does not implicitly {@link spark.connect.ReleaseSessionRequest.verify|verify} messages.
             * @param message ReleaseSessionRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spark.connect.ReleaseSessionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReleaseSessionRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spark.connect.ReleaseSessionRequest & spark.connect.ReleaseSessionRequest.$Shape} ReleaseSessionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spark.connect.ReleaseSessionRequest & spark.connect.ReleaseSessionRequest.$Shape;
        }

        namespace ReleaseSessionRequest {

            /** Properties of a ReleaseSessionRequest. */
            interface $Properties {

                /** ReleaseSessionRequest sessionId */
                sessionId?: (string|null);

                /** ReleaseSessionRequest userContext */
                userContext?: (spark.connect.UserContext.$Properties|null);

                /** ReleaseSessionRequest clientType */
                clientType?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReleaseSessionRequest. */
            type $Shape = spark.connect.ReleaseSessionRequest.$Properties;
        }

        /**
         * Properties of a ReleaseSessionResponse.
         * @deprecated Use spark.connect.ReleaseSessionResponse.$Properties instead.
         */
        interface IReleaseSessionResponse extends spark.connect.ReleaseSessionResponse.$Properties {
        }

        /** Represents a ReleaseSessionResponse. */
        class ReleaseSessionResponse {

            /**
             * Constructs a new ReleaseSessionResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: spark.connect.ReleaseSessionResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReleaseSessionResponse sessionId. */
            sessionId: string;

            /** ReleaseSessionResponse serverSideSessionId. */
            serverSideSessionId: string;

            /**
             * Encodes the specified ReleaseSessionResponse message. Does not implicitly {@link spark.connect.ReleaseSessionResponse.verify|verify} messages.
             * @param message ReleaseSessionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: spark.connect.ReleaseSessionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReleaseSessionResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {spark.connect.ReleaseSessionResponse & spark.connect.ReleaseSessionResponse.$Shape} ReleaseSessionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): spark.connect.ReleaseSessionResponse & spark.connect.ReleaseSessionResponse.$Shape;
        }

        namespace ReleaseSessionResponse {

            /** Properties of a ReleaseSessionResponse. */
            interface $Properties {

                /** ReleaseSessionResponse sessionId */
                sessionId?: (string|null);

                /** ReleaseSessionResponse serverSideSessionId */
                serverSideSessionId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReleaseSessionResponse. */
            type $Shape = spark.connect.ReleaseSessionResponse.$Properties;
        }
    }
}
