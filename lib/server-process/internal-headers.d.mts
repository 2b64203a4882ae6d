export declare const PEER_ADDRESS_HEADER: "x-encuentros-peer-address";
export declare const RENDER_HEADER: "x-encuentros-render";

export declare function stampPeerAddress(request: import("node:http").IncomingMessage): void;
