import * as z from "zod";
import { _nameSchema } from "./primitives.js";

/**
 * The legal kind of a channel, as laws tell them apart:
 * - `electronic`: electronic mail in the ePrivacy sense (e-mail, SMS/MMS, messaging apps);
 * - `telephone`: a voice call by a person or a machine;
 * - `mail`: addressed post;
 * - `online`: push notifications and in-app messages shown inside the sender's own app.
 */
export const ChannelKindSchema = z.enum(["electronic", "telephone", "mail", "online"]);
/** The legal kind of a channel. */
export type ChannelKind = z.infer<typeof ChannelKindSchema>;

/** The channels every policy knows, with their legal kinds. */
export const BUILTIN_CHANNELS = {
  email: "electronic",
  sms: "electronic",
  voice: "telephone",
  push: "online",
  in_app: "online",
  post: "mail",
} as const satisfies Record<string, ChannelKind>;

/** A built-in channel name. */
export type BuiltinChannel = keyof typeof BUILTIN_CHANNELS;

/**
 * A channel name: a built-in one or a custom one that the policy declares (`whatsapp`). A near
 * miss of a name is refused with the channel meant (`"SMS"`: did you mean 'sms'?).
 */
export const ChannelSchema = _nameSchema("channel", Object.keys(BUILTIN_CHANNELS));
/** A channel name. */
export type Channel = BuiltinChannel | (string & {});

/** Why a message is sent. Only `marketing` needs marketing permission. */
export const PurposeSchema = z.enum(["marketing", "service", "transactional"]);
/** Why a message is sent. */
export type Purpose = z.infer<typeof PurposeSchema>;

/** Whether `name` is a built-in channel. */
export function isBuiltinChannel(name: string): name is BuiltinChannel {
  return Object.hasOwn(BUILTIN_CHANNELS, name);
}
