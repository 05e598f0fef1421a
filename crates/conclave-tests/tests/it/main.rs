//! End-to-end tests: one test binary (ripgrep's layout) with a module per area.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accounts;
mod acme;
mod attachments;
mod authz;
mod backup;
mod bad_input;
mod bench;
mod call_media;
mod calls;
mod chaos;
mod cli_chat;
mod cli_i18n;
mod cluster;
mod conversations;
mod enumeration;
mod hardening;
mod history;
mod ledger;
mod listener;
mod messages;
mod profiles;
mod push;
mod queues;
mod tui;
mod typing;
