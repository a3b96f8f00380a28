<?php
/**
 * The contact rules, as a pure decision.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * What one recipient's event does to a contact: a function of the contact's
 * state, the event (its effect under the site's BouncePolicy and when its
 * mail was sent) and the settings, with no I/O. ContactUpdater locks the
 * row, asks decide() and writes the answer.
 *
 * - hard → bounced at once;
 * - soft → counted; bounced when the threshold is reached. "Consecutive" is
 *   in send order (`mail.timestamp`, as SES delivers events out of order):
 *   the count is the soft bounces of mails sent after the newest delivered
 *   one, and, with a window, sent in its last N days. A soft bounce of a
 *   mail sent before the newest delivered one, or outside the window, does
 *   not count;
 * - delivery → the soft bounces of mails sent before it stop counting (a
 *   delivery of a mail older than every counted soft bounce changes
 *   nothing). "Before" is strict and in milliseconds, as SES writes
 *   `mail.timestamp`: a soft bounce of the delivered mail itself (an
 *   asynchronous bounce after the receiving server accepted it) counts,
 *   whichever of the two arrives first;
 * - a bounce of a mail sent before an admin un-bounced the contact does
 *   not count (it arrived late: the admin's decision is newer);
 * - a contact marked bounced or complained keeps the status it had before
 *   (`status_before`), which un-bouncing restores;
 * - none → not counted (the policy says the message, not the mailbox, was
 *   refused);
 * - complaint → complained, or unsubscribed when the site's complaint action
 *   says so;
 * - a bounced or complained contact is never moved back to a mailable
 *   status (a complaint still turns bounced into complained).
 */
final class ContactRules {

	/** What happened to one recipient (stored in the log). */
	public const HARD_BOUNCED           = 'hard_bounced';
	public const SOFT_BOUNCED           = 'soft_bounced';
	public const SOFT_CONVERTED_TO_HARD = 'soft_converted_to_hard';
	public const COMPLAINED             = 'complained';
	public const UNSUBSCRIBED           = 'unsubscribed';
	public const SOFT_COUNT_RESET       = 'soft_count_reset';
	public const SOFT_COUNT_REDUCED     = 'soft_count_reduced';
	public const NOT_COUNTED            = 'not_counted';
	public const SUPERSEDED             = 'superseded';
	public const OUTSIDE_WINDOW         = 'outside_window';
	public const BEFORE_REACTIVATION    = 'before_reactivation';
	public const UNCHANGED              = 'unchanged';
	public const NO_CONTACT             = 'no_contact';
	public const NOT_A_RECIPIENT        = 'not_a_recipient';

	/** Why a contact was bounced by soft bounces (a policy row otherwise). */
	public const SOFT_THRESHOLD_REASON = 'soft_threshold';

	/** Statuses no bounce or delivery moves a contact out of. */
	public const SUPPRESSED = array( 'bounced', 'complained' );

	/**
	 * Stored times below this are Unix seconds, written before versions
	 * kept milliseconds (10^11 ms is in 1973; 10^11 s in the year 5138).
	 */
	private const FIRST_MILLISECOND_TIME = 100_000_000_000;

	/**
	 * The contact's new state and what to announce.
	 *
	 * Every time of the contact and the event is in Unix milliseconds (a
	 * stored time of the contact in Unix seconds, from an earlier version,
	 * is read as such).
	 *
	 * @param array{status: string, soft_bounce_count: int, soft_sent_at: int[], last_delivery_sent_at: ?int, status_before?: ?string, reactivated_at?: ?int} $contact
	 *        The contact as locked. `soft_sent_at`: when the mails of the counted soft bounces were sent; a
	 *        `soft_bounce_count` larger than that list (counts from before send times were kept) counts the
	 *        rest as sent long ago. `status_before`: its status before it was marked bounced or complained;
	 *        `reactivated_at`: when an admin last un-bounced it.
	 * @param array{effect: string, sent_at: int, reason: ?string} $event
	 *        `effect` from BouncePolicy::effect(); `sent_at`: the mail's `mail.timestamp` (see send_time()).
	 * @param array{threshold: int, window_days: int, now: int, complaint_action: string} $settings
	 *        `now` in Unix seconds; `window_days` 0: no window; `complaint_action`: complained or unsubscribed.
	 * @return array{result: string, status: string, soft_bounce_count: int, soft_sent_at: int[], last_delivery_sent_at: ?int, status_before: ?string, bounce_reason: ?string, actions: string[]}
	 *         `actions` are the suffixes of the quillcrm_bounce_contact_* actions; `bounce_reason` is set when the
	 *         contact becomes bounced.
	 */
	public static function decide( array $contact, array $event, array $settings ): array {
		$contact += array(
			'status_before'  => null,
			'reactivated_at' => null,
		);
		$contact['soft_sent_at']          = self::counted_times( $contact, $settings['threshold'] );
		$contact['last_delivery_sent_at'] = self::in_milliseconds( $contact['last_delivery_sent_at'] );
		$contact['reactivated_at']        = self::in_milliseconds( $contact['reactivated_at'] );
		$suppressed              = in_array( $contact['status'], self::SUPPRESSED, true );
		$bounce                  = in_array( $event['effect'], array( BouncePolicy::HARD, BouncePolicy::SOFT ), true );
		if ( $bounce && ! $suppressed && null !== $contact['reactivated_at'] && $event['sent_at'] < $contact['reactivated_at'] ) {
			return self::unchanged( $contact, self::BEFORE_REACTIVATION );
		}
		switch ( $event['effect'] ) {
			case BouncePolicy::HARD:
				return $suppressed
					? self::unchanged( $contact )
					: self::change( $contact, self::HARD_BOUNCED, array( 'status' => 'bounced', 'bounce_reason' => $event['reason'] ), array( 'hard_bounced' ) );
			case BouncePolicy::SOFT:
				return $suppressed ? self::unchanged( $contact ) : self::soft( $contact, $event, $settings );
			case 'delivery':
				return $suppressed ? self::unchanged( $contact ) : self::delivered( $contact, $event['sent_at'] );
			case 'complaint':
				return self::complaint( $contact, $settings['complaint_action'] );
			case BouncePolicy::NONE:
				return self::unchanged( $contact, self::NOT_COUNTED );
		}
		return self::unchanged( $contact );
	}

	/**
	 * A soft bounce: counted unless a later mail was delivered.
	 *
	 * @param array<string, mixed> $contact  With its counted times.
	 * @param array<string, mixed> $event    The event.
	 * @param array<string, mixed> $settings The settings.
	 */
	private static function soft( array $contact, array $event, array $settings ): array {
		$sent_at = $event['sent_at'];
		if ( null !== $contact['last_delivery_sent_at'] && $sent_at < $contact['last_delivery_sent_at'] ) {
			return self::unchanged( $contact, self::SUPERSEDED );
		}
		$times = $contact['soft_sent_at'];
		if ( $settings['window_days'] > 0 ) {
			$since = ( $settings['now'] - $settings['window_days'] * 86400 ) * 1000;
			if ( $sent_at < $since ) {
				return self::unchanged( $contact, self::OUTSIDE_WINDOW ); // A late one (a queue keeps 14 days).
			}
			$times = array_values( array_filter( $times, static fn( int $time ): bool => $time >= $since ) );
		}
		$times[] = $sent_at;
		sort( $times );
		if ( count( $times ) >= $settings['threshold'] ) {
			return self::change(
				$contact,
				self::SOFT_CONVERTED_TO_HARD,
				array(
					'status'        => 'bounced',
					'soft_sent_at'  => $times,
					'bounce_reason' => self::SOFT_THRESHOLD_REASON,
				),
				array( 'soft_bounced', 'soft_converted_to_hard' )
			);
		}
		return self::change( $contact, self::SOFT_BOUNCED, array( 'soft_sent_at' => $times ), array( 'soft_bounced' ) );
	}

	/**
	 * A delivery: soft bounces of mails sent before it stop counting.
	 *
	 * @param array<string, mixed> $contact With its counted times.
	 * @param int                  $sent_at When the delivered mail was sent.
	 */
	private static function delivered( array $contact, int $sent_at ): array {
		$last = max( $contact['last_delivery_sent_at'] ?? $sent_at, $sent_at );
		if ( $last === $contact['last_delivery_sent_at'] && $sent_at < $last ) {
			return self::unchanged( $contact ); // An older delivery than one already seen.
		}
		$times  = array_values( array_filter( $contact['soft_sent_at'], static fn( int $time ): bool => $time >= $sent_at ) );
		$before = count( $contact['soft_sent_at'] );
		$result = self::UNCHANGED;
		if ( count( $times ) < $before ) {
			$result = array() === $times ? self::SOFT_COUNT_RESET : self::SOFT_COUNT_REDUCED;
		}
		return self::change(
			$contact,
			$result,
			array(
				'soft_sent_at'          => $times,
				'last_delivery_sent_at' => $last,
			)
		);
	}

	/**
	 * A complaint, by the site's complaint action.
	 *
	 * @param array<string, mixed> $contact With its counted times.
	 * @param string               $action  complained|unsubscribed.
	 */
	private static function complaint( array $contact, string $action ): array {
		if ( 'unsubscribed' === $action && 'bounced' === $contact['status'] && 'unsubscribed' !== $contact['status_before'] ) {
			// It stays bounced, but the person complained: un-bouncing gives
			// it back unsubscribed (and the page warns of the complaint).
			return self::change( $contact, self::UNSUBSCRIBED, array( 'status_before' => 'unsubscribed' ) );
		}
		if ( 'unsubscribed' === $action ) {
			return in_array( $contact['status'], array( 'bounced', 'complained', 'unsubscribed' ), true )
				? self::unchanged( $contact )
				: self::change( $contact, self::UNSUBSCRIBED, array( 'status' => 'unsubscribed' ), array( 'unsubscribed' ) );
		}
		return 'complained' === $contact['status']
			? self::unchanged( $contact )
			: self::change( $contact, self::COMPLAINED, array( 'status' => 'complained' ), array( 'complained' ) );
	}

	/**
	 * The counted send times, as many as the CRM's count says, up to the
	 * threshold in all. A count the CRM lowered (its screen or API reset the
	 * contact) keeps only that many of the newest; a legacy count's extra
	 * ones count as sent at 0. A count at or above the threshold decides as
	 * the threshold does (the next soft bounce bounces), so a count the CRM
	 * holds far above it (millions) costs no more than the threshold.
	 *
	 * @param array<string, mixed> $contact   The contact.
	 * @param int                  $threshold Soft bounces that make a hard one.
	 * @return int[]
	 */
	private static function counted_times( array $contact, int $threshold ): array {
		$times = array_map( static fn( $time ): int => (int) self::in_milliseconds( (int) $time ), $contact['soft_sent_at'] );
		sort( $times );
		$count = max( 0, min( $contact['soft_bounce_count'], $threshold ) );
		if ( count( $times ) > $count ) {
			return array_slice( $times, count( $times ) - $count );
		}
		return array_merge( array_fill( 0, $count - count( $times ), 0 ), $times );
	}

	/**
	 * When a mail was sent, in Unix milliseconds, from SES's
	 * `mail.timestamp` (ISO 8601 with milliseconds, e.g.
	 * 2016-01-27T14:59:38.237Z); null when it cannot be read.
	 *
	 * @param string $timestamp The mail's timestamp.
	 */
	public static function send_time( string $timestamp ): ?int {
		$time = '' === trim( $timestamp ) ? false : date_create_immutable( $timestamp );
		return false === $time ? null : (int) $time->format( 'Uv' );
	}

	/**
	 * A stored time in Unix milliseconds (one below FIRST_MILLISECOND_TIME
	 * is in seconds); null stays null.
	 *
	 * @param int|null $time Unix milliseconds, or seconds from an earlier version.
	 */
	public static function in_milliseconds( ?int $time ): ?int {
		return null === $time || $time >= self::FIRST_MILLISECOND_TIME ? $time : $time * 1000;
	}

	/**
	 * A decision that changes the contact.
	 *
	 * @param array<string, mixed> $contact The contact with its counted times.
	 * @param string               $result  One of the result constants.
	 * @param array<string, mixed> $changes The fields that change.
	 * @param string[]             $actions Action suffixes.
	 */
	private static function change( array $contact, string $result, array $changes, array $actions = array() ): array {
		$state = array_merge( $contact, $changes );
		if ( ! in_array( $state['status'], self::SUPPRESSED, true ) ) {
			$state['status_before'] = null; // Only a suppressed contact has one (the CRM may have moved it back).
		} elseif ( ! in_array( $contact['status'], self::SUPPRESSED, true ) ) {
			$state['status_before'] = $contact['status']; // What un-bouncing restores.
		}
		return array(
			'result'                => $result,
			'status'                => $state['status'],
			'soft_bounce_count'     => count( $state['soft_sent_at'] ),
			'soft_sent_at'          => $state['soft_sent_at'],
			'last_delivery_sent_at' => $state['last_delivery_sent_at'],
			'status_before'         => $state['status_before'],
			'bounce_reason'         => $changes['bounce_reason'] ?? null,
			'actions'               => $actions,
		);
	}

	/**
	 * A decision that leaves the contact as it is.
	 *
	 * @param array<string, mixed> $contact The contact with its counted times.
	 * @param string               $result  Why.
	 */
	private static function unchanged( array $contact, string $result = self::UNCHANGED ): array {
		return self::change( $contact, $result, array() );
	}
}
