<?php
/**
 * The Amazon SES payload inside an SNS Notification's Message, and its
 * classification (rule 12). Mirrors src/ses.rs, including how the payload
 * is read: serde's derive over serde_json. Every field is lenient (a value
 * of another JSON type reads as absent, after being checked as serde_json
 * checks it); every part is read whatever the kind, so a field the
 * extension reads that appears twice in one object, or any JSON error,
 * makes the whole Message "not an SES notification"; everything else is
 * skipped for its syntax only (serde's IgnoredAny).
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * Rule 12.
 */
final class Ses {

	/**
	 * The objects read and their fields' shapes: 'text' (a string), the
	 * name of another object, or either with '[]' (an array of them).
	 */
	private const SHAPES = array(
		'payload'    => array(
			'notificationType' => 'text',
			'eventType'        => 'text',
			'mail'             => 'mail',
			'bounce'           => 'bounce',
			'complaint'        => 'complaint',
			'delivery'         => 'delivery',
		),
		'mail'       => array(
			'messageId'   => 'text',
			'source'      => 'text',
			'timestamp'   => 'text',
			'destination' => 'entry[]',
		),
		'bounce'     => array(
			'bounceType'        => 'text',
			'bounceSubType'     => 'text',
			'feedbackId'        => 'text',
			'timestamp'         => 'text',
			'bouncedRecipients' => 'bounced[]',
		),
		'bounced'    => array(
			'emailAddress'   => 'text',
			'action'         => 'text',
			'status'         => 'text',
			'diagnosticCode' => 'text',
		),
		'complaint'  => array(
			'complaintFeedbackType' => 'text',
			'complaintSubType'      => 'text',
			'feedbackId'            => 'text',
			'timestamp'             => 'text',
			'complainedRecipients'  => 'complained[]',
		),
		'complained' => array(
			'emailAddress' => 'text',
		),
		'delivery'   => array(
			'timestamp'    => 'text',
			'smtpResponse' => 'text',
			'recipients'   => 'text[]',
		),
	);

	/**
	 * Classifies the Message of a verified Notification. Never fails.
	 *
	 * @param string $message The Message (valid UTF-8).
	 * @return array{outcome: string, notification: ?array<string, mixed>, recipients: list<array<string, mixed>>, detail: string}
	 */
	public static function classify( string $message ): array {
		try {
			$json    = new StrictJson( $message );
			$payload = self::lenient( $json, 'payload' );
			$json->end();
		} catch ( JsonError $error ) {
			return self::ignored( null, 'The message is not an SES notification.' );
		}
		if ( null === $payload ) {
			return self::ignored( null, 'The message is not an SES notification.' );
		}
		$notification_type = $payload['notificationType'];
		$event_type        = $payload['eventType'];
		if ( ( null === $notification_type ) === ( null === $event_type ) ) {
			return self::ignored( null, 'The message is not an SES notification.' );
		}
		$kind         = $notification_type ?? $event_type;
		$mail         = $payload['mail'] ?? self::absent( 'mail' );
		$notification = array(
			'kind'                    => $kind,
			'format'                  => null !== $notification_type ? 'notification' : 'event',
			'mail_message_id'         => $mail['messageId'],
			'feedback_id'             => null,
			'bounce_type'             => null,
			'bounce_sub_type'         => null,
			'complaint_feedback_type' => null,
			'complaint_sub_type'      => null,
			'source'                  => $mail['source'],
			'timestamp'               => null,
			'mail_timestamp'          => $mail['timestamp'],
		);
		$destination = array(
			'addresses' => array(),
			'entries'   => count( $mail['destination'] ),
		);
		foreach ( $mail['destination'] as $address ) {
			$bare = self::bare_address( $address );
			if ( null !== $bare ) {
				$destination['addresses'][] = $bare;
			}
		}
		switch ( $kind ) {
			case 'Bounce':
				return self::bounce( $notification, $payload['bounce'] ?? self::absent( 'bounce' ), $destination );
			case 'Complaint':
				return self::complaint( $notification, $payload['complaint'] ?? self::absent( 'complaint' ), $destination );
			case 'Delivery':
				return self::delivery( $notification, $payload['delivery'] ?? self::absent( 'delivery' ), $destination );
			case 'AmazonSnsSubscriptionSucceeded':
				return self::ignored( $notification, 'SES confirmed that it can publish to this topic.' );
		}
		return self::ignored( $notification, 'The SES event does not change a contact.' );
	}

	/**
	 * Permanent = hard; Transient, Undetermined and unknown types = soft.
	 *
	 * @param array<string, mixed> $notification The facts so far.
	 * @param array<string, mixed> $bounce       The bounce's fields.
	 * @param array<string, mixed> $destination  mail.destination, see applies_to().
	 */
	private static function bounce( array $notification, array $bounce, array $destination ): array {
		$notification['bounce_type']     = $bounce['bounceType'];
		$notification['bounce_sub_type'] = $bounce['bounceSubType'];
		$notification['feedback_id']     = $bounce['feedbackId'];
		$notification['timestamp']       = $bounce['timestamp'];
		$class                           = 'Permanent' === $notification['bounce_type'] ? 'hard' : 'soft';
		$recipients                      = array();
		foreach ( $bounce['bouncedRecipients'] as $entry ) {
			$email = self::bare_address( $entry['emailAddress'] );
			if ( null !== $email ) {
				$recipients[] = self::recipient( $email, self::applies_to( $email, $destination, true ), $class, $entry['status'], $entry['action'], $entry['diagnosticCode'] );
			}
		}
		return self::with_recipients( 'bounce', $notification, $recipients );
	}

	/**
	 * A not-spam report (RFC 5965 section 7.3), in any letter case, changes nothing.
	 *
	 * @param array<string, mixed> $notification The facts so far.
	 * @param array<string, mixed> $complaint    The complaint's fields.
	 * @param array<string, mixed> $destination  mail.destination, see applies_to().
	 */
	private static function complaint( array $notification, array $complaint, array $destination ): array {
		$notification['complaint_feedback_type'] = $complaint['complaintFeedbackType'];
		$notification['complaint_sub_type']      = $complaint['complaintSubType'];
		$notification['feedback_id']             = $complaint['feedbackId'];
		$notification['timestamp']               = $complaint['timestamp'];
		if ( null !== $notification['complaint_feedback_type'] && 'not-spam' === Text::ascii_lowercase( Text::trim( $notification['complaint_feedback_type'] ) ) ) {
			return self::ignored( $notification, 'The complaint is a not-spam report.' );
		}
		$recipients = array();
		foreach ( $complaint['complainedRecipients'] as $entry ) {
			$email = self::bare_address( $entry['emailAddress'] );
			if ( null !== $email ) {
				$recipients[] = self::recipient( $email, self::applies_to( $email, $destination, false ), 'complaint', null, null, null );
			}
		}
		return self::with_recipients( 'complaint', $notification, $recipients );
	}

	/**
	 * @param array<string, mixed> $notification The facts so far.
	 * @param array<string, mixed> $delivery     The delivery's fields.
	 * @param array<string, mixed> $destination  mail.destination, see applies_to().
	 */
	private static function delivery( array $notification, array $delivery, array $destination ): array {
		$notification['timestamp'] = $delivery['timestamp'];
		$smtp_response             = $delivery['smtpResponse'];
		$recipients                = array();
		foreach ( $delivery['recipients'] as $address ) {
			$email = self::bare_address( $address );
			if ( null !== $email ) {
				$recipients[] = self::recipient( $email, self::applies_to( $email, $destination, false ), 'delivery', null, null, $smtp_response );
			}
		}
		return self::with_recipients( 'delivery', $notification, $recipients );
	}

	/**
	 * The mail.destination address an event for $reported applies to; a
	 * bounce of a mail sent to exactly one recipient applies to that one (an
	 * entry that is not an address still counts as a recipient).
	 *
	 * @param string                                          $reported    The reported address, bare.
	 * @param array{addresses: string[], entries: int}        $destination mail.destination: its bare addresses, and how many entries in all.
	 * @param bool                                            $follows     A bounce (it may name a forward's target).
	 */
	private static function applies_to( string $reported, array $destination, bool $follows ): ?string {
		if ( in_array( $reported, $destination['addresses'], true ) ) {
			return $reported;
		}
		return $follows && 1 === $destination['entries'] && 1 === count( $destination['addresses'] ) ? $destination['addresses'][0] : null;
	}

	/**
	 * The bare address of `addr` or `Display Name <addr>`, ASCII letters
	 * lower-cased; null when it is not one address.
	 *
	 * @param string|null $raw Candidate.
	 */
	public static function bare_address( ?string $raw ): ?string {
		if ( null === $raw ) {
			return null;
		}
		$raw   = Text::trim( $raw );
		$open  = strrpos( $raw, '<' );
		$close = str_ends_with( $raw, '>' );
		if ( false !== $open && $close ) {
			$inner = substr( $raw, $open + 1, -1 );
		} elseif ( false === $open && ! $close ) {
			$inner = $raw;
		} else {
			return null;
		}
		$address = Text::trim( $inner );
		$at      = strrpos( $address, '@' );
		if ( false === $at || 0 === $at || strlen( $address ) - 1 === $at || strlen( $address ) > 254 ) {
			return null;
		}
		if ( 1 === preg_match( '/[\x00-\x20\x7f<>]/', $address ) ) {
			return null;
		}
		return Text::ascii_lowercase( $address );
	}

	private static function recipient( string $email, ?string $applies_to, string $class, ?string $status, ?string $action, ?string $diagnostic ): array {
		return array(
			'email'      => $email,
			'applies_to' => $applies_to,
			'class'      => $class,
			'status'     => $status,
			'action'     => $action,
			'diagnostic' => $diagnostic,
		);
	}

	/**
	 * @param array<string, mixed>       $notification The facts.
	 * @param list<array<string, mixed>> $recipients   The recipients.
	 */
	private static function with_recipients( string $outcome, array $notification, array $recipients ): array {
		if ( array() === $recipients ) {
			return self::ignored( $notification, 'The SES notification lists no recipient address.' );
		}
		$count = count( $recipients );
		if ( 'bounce' === $outcome ) {
			$kind   = in_array( $notification['bounce_type'], array( 'Permanent', 'Transient', 'Undetermined' ), true ) ? $notification['bounce_type'] : 'unknown-type';
			$detail = "A {$kind} bounce for {$count} recipient(s).";
		} elseif ( 'complaint' === $outcome ) {
			$detail = "A complaint for {$count} recipient(s).";
		} else {
			$detail = "A delivery to {$count} recipient(s).";
		}
		return array(
			'outcome'      => $outcome,
			'notification' => $notification,
			'recipients'   => $recipients,
			'detail'       => $detail,
		);
	}

	/** @param array<string, mixed>|null $notification */
	private static function ignored( ?array $notification, string $why ): array {
		return array(
			'outcome'      => 'ignored',
			'notification' => $notification,
			'recipients'   => array(),
			'detail'       => $why,
		);
	}

	/**
	 * A value of $shape ('text', 'entry' or an object's name) as serde's
	 * Lenient reads it: null when the JSON holds another type there ('entry':
	 * text, an element of a list that keeps every element, see lenient_list()).
	 *
	 * @return string|array<string, mixed>|null
	 * @throws JsonError
	 */
	private static function lenient( StrictJson $json, string $shape ) {
		switch ( $json->peek() ) {
			case '{':
				if ( 'text' === $shape || 'entry' === $shape ) {
					self::skip_object( $json );
					return null;
				}
				return self::read_object( $json, $shape );
			case '[':
				$json->each_element( array( $json, 'ignore' ) );
				return null;
		}
		$value = $json->scalar();
		return ( 'text' === $shape || 'entry' === $shape ) && is_string( $value ) ? $value : null;
	}

	/**
	 * The elements of an array that have $shape (LenientList); any other
	 * JSON type reads as an empty list. An 'entry' list keeps every element,
	 * null where it is not text (LenientList counts them all).
	 *
	 * @return list<string|array<string, mixed>>
	 * @throws JsonError
	 */
	private static function lenient_list( StrictJson $json, string $shape ): array {
		$items = array();
		switch ( $json->peek() ) {
			case '[':
				$json->each_element(
					function () use ( $json, $shape, &$items ): void {
						$item = self::lenient( $json, $shape );
						if ( null !== $item || 'entry' === $shape ) {
							$items[] = $item;
						}
					}
				);
				break;
			case '{':
				self::skip_object( $json );
				break;
			default:
				$json->scalar();
		}
		return $items;
	}

	/**
	 * The fields of object $shape (each null or empty when absent); other
	 * members skipped; a field read twice refused.
	 *
	 * @return array<string, mixed>
	 * @throws JsonError
	 */
	private static function read_object( StrictJson $json, string $shape ): array {
		$fields = self::absent( $shape );
		$seen   = array();
		$json->each_member(
			function ( string $key ) use ( $json, $shape, &$fields, &$seen ): void {
				$field_shape = self::SHAPES[ $shape ][ $key ] ?? null;
				if ( null === $field_shape ) {
					$json->ignore();
					return;
				}
				if ( isset( $seen[ $key ] ) ) {
					throw new JsonError( "duplicate field `{$key}`" );
				}
				$seen[ $key ]   = true;
				$fields[ $key ] = str_ends_with( $field_shape, '[]' )
					? self::lenient_list( $json, substr( $field_shape, 0, -2 ) )
					: self::lenient( $json, $field_shape );
			}
		);
		return $fields;
	}

	/**
	 * An object of another shape: keys read, values skipped.
	 *
	 * @throws JsonError
	 */
	private static function skip_object( StrictJson $json ): void {
		$json->each_member(
			function () use ( $json ): void {
				$json->ignore();
			}
		);
	}

	/**
	 * Object $shape with every field absent.
	 *
	 * @return array<string, mixed>
	 */
	private static function absent( string $shape ): array {
		$fields = array();
		foreach ( self::SHAPES[ $shape ] as $name => $field_shape ) {
			$fields[ $name ] = str_ends_with( $field_shape, '[]' ) ? array() : null;
		}
		return $fields;
	}
}
