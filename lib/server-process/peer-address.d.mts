export declare const PEER_ADDRESS_HEADER: "x-encuentros-peer-address";

export declare function stampPeerAddress(request: import("node:http").IncomingMessage): void;
