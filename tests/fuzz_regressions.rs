//! One test per fuzzer finding (fuzz/README.md), named after it, written
//! before the fix. Each replays the finding through the public API, so it
//! fails on the code the fuzzer broke.

mod sns_fixture;

use sns_fixture::*;

fn signed_bounce() -> Vec<u8> {
    Message::notification(&ses_bounce("Permanent", "General", "jane@example.com", "5.1.1"))
        .signed()
        .body()
}

/// Finding 1 (fuzz target `handler`, a seed with `now` = i64::MIN, which PHP
/// can pass as `'now' => PHP_INT_MIN`): the age saturates to i64::MIN and the
/// "in the future" detail negated it: a panic with overflow checks, and
/// "-9223372036854775808 s in the future" without them.
#[test]
fn handler_now_at_i64_min_is_stale_without_overflow() {
    let mut harness = Harness::standard();
    harness.now = i64::MIN;
    let response = harness.handle(&signed_bounce());
    assert_eq!(response.error.unwrap().code(), "stale_message");
    assert_eq!(
        response.detail,
        "The message Timestamp is 9223372036854775808 s in the future."
    );
}
