<?php
/**
 * Wrong arguments throw TypeError/ValueError as PHP's own functions do, and
 * the extension keeps working afterwards.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class PhpErrorsTest extends ExtensionTestCase {
	/** @param array<string,mixed> $extra */
	private function request( array $extra ): array {
		return $extra + array( 'key' => self::KEY, 'expected_key' => self::KEY );
	}

	public function testArrayBodyIsATypeError(): void {
		$this->expectException( \TypeError::class );
		quillcrm_sns_handle( array( 'Type' => 'Notification' ), $this->request( array() ) );
	}

	public function testIntBodyIsATypeErrorUnderStrictTypes(): void {
		$this->expectException( \TypeError::class );
		quillcrm_sns_handle( 42, $this->request( array() ) );
	}

	public function testNullBodyIsATypeError(): void {
		$this->expectException( \TypeError::class );
		quillcrm_sns_handle( null, $this->request( array() ) );
	}

	public function testBodyTypeErrorNamesTheFunctionAndArgumentLikePhp(): void {
		// What every PHP function says: "f(): Argument #1 ($body) must be of
		// type string, array given".
		$this->expectException( \TypeError::class );
		$this->expectExceptionMessage( 'quillcrm_sns_handle(): Argument #1 ($body) must be of type string, array given' );
		quillcrm_sns_handle( array(), $this->request( array() ) );
	}

	public function testRequestValuesHeldInPhpReferencesAreReadAsTheValuesTheyHold(): void {
		// foreach by reference leaves every value of the array a reference.
		$request = array(
			'key'            => self::KEY,
			'expected_key'   => self::KEY,
			'allowed_topics' => array( SnsMessages::TOPIC ),
			'now'            => SnsMessages::NOW + 5,
		);
		foreach ( $request as &$value ) {
			unset( $value );
		}
		foreach ( $request['allowed_topics'] as &$topic ) {
			unset( $topic );
		}

		$response = quillcrm_sns_handle( SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) ), $request );

		$this->assertAccepted( 'bounce', $response );
	}

	/** @return array<string, array{callable(): mixed, string}> */
	public function callsWithAnArgumentTooMany(): array {
		return array(
			'quillcrm_sns_handle'       => array( static fn() => quillcrm_sns_handle( '{}', array( 'expected_key' => 'k' ), 3 ), 'quillcrm_sns_handle() expects at most 2 arguments, 3 given' ),
			'quillcrm_sns_info'         => array( static fn() => quillcrm_sns_info( 1 ), 'quillcrm_sns_info() expects exactly 0 arguments, 1 given' ),
			'quillcrm_sns_is_topic_arn' => array( static fn() => quillcrm_sns_is_topic_arn( 'a', 2 ), 'quillcrm_sns_is_topic_arn() expects exactly 1 argument, 2 given' ),
		);
	}

	/**
	 * @dataProvider callsWithAnArgumentTooMany
	 * @param callable(): mixed $call
	 */
	public function testAnArgumentTooManyIsAnArgumentCountError( callable $call, string $message ): void {
		$this->expectException( \ArgumentCountError::class );
		$this->expectExceptionMessage( $message );
		$call();
	}

	public function testStringRequestIsATypeError(): void {
		$this->expectException( \TypeError::class );
		quillcrm_sns_handle( '{}', 'key=' . self::KEY );
	}

	public function testNullRequestIsATypeError(): void {
		// array $request = [] is not nullable.
		$this->expectException( \TypeError::class );
		quillcrm_sns_handle( '{}', null );
	}

	public function testRequestTypeErrorNamesTheFunctionAndArgumentLikePhp(): void {
		$this->expectException( \TypeError::class );
		$this->expectExceptionMessage( 'quillcrm_sns_handle(): Argument #2 ($request) must be of type array, string given' );
		quillcrm_sns_handle( '{}', 'key' );
	}

	/** @return array<string,array{string,mixed,string}> */
	public function wronglyTypedRequestValues(): array {
		return array(
			'key int'                 => array( 'key', 12345, 'key "key" must be of type string, int given' ),
			'key array'               => array( 'key', array( self::KEY ), 'key "key" must be of type string, array given' ),
			'expected_key null'       => array( 'expected_key', null, 'key "expected_key" must be of type string, null given' ),
			'expected_key int'        => array( 'expected_key', 1, 'key "expected_key" must be of type string, int given' ),
			'headers string'          => array( 'headers', 'x-amz-sns-message-type: Notification', 'key "headers" must be of type array, string given' ),
			'header value array'      => array( 'headers', array( 'x-amz-sns-topic-arn' => array( 'a' ) ), 'key "headers" must be of type string, array given' ),
			'allowed_topics string'   => array( 'allowed_topics', SnsMessages::TOPIC, 'key "allowed_topics" must be of type array, string given' ),
			'allowed_topics of ints'  => array( 'allowed_topics', array( 1 ), 'key "allowed_topics" must be of type string, int given' ),
			'confirm string'          => array( 'confirm', 'false', 'key "confirm" must be of type bool, string given' ),
			'confirm int'             => array( 'confirm', 0, 'key "confirm" must be of type bool, int given' ),
			'now string'              => array( 'now', '1795204800', 'key "now" must be of type ?int, string given' ),
			'now float'               => array( 'now', 1795204800.0, 'key "now" must be of type ?int, float given' ),
			'max_age string'          => array( 'max_age', '60', 'key "max_age" must be of type ?int, string given' ),
		);
	}

	/**
	 * @dataProvider wronglyTypedRequestValues
	 * @param mixed $value
	 */
	public function testWronglyTypedRequestValueIsATypeError( string $name, $value, string $message ): void {
		$this->expectException( \TypeError::class );
		$this->expectExceptionMessage( 'quillcrm_sns_handle(): Argument #2 ($request) ' . $message );
		quillcrm_sns_handle( '{}', array( $name => $value ) + $this->request( array() ) );
	}

	public function testMissingExpectedKeyIsAValueError(): void {
		$this->expectException( \ValueError::class );
		$this->expectExceptionMessage( 'quillcrm_sns_handle(): Argument #2 ($request) must contain the key "expected_key"' );
		quillcrm_sns_handle( '{}', array( 'key' => self::KEY ) );
	}

	public function testOmittedRequestIsAValueErrorForTheMissingExpectedKey(): void {
		$this->expectException( \ValueError::class );
		quillcrm_sns_handle( '{}' );
	}

	public function testUnknownRequestKeyIsAValueError(): void {
		// A typo must not silently drop a restriction.
		$this->expectException( \ValueError::class );
		$this->expectExceptionMessage( 'must contain only the keys' );
		quillcrm_sns_handle( '{}', $this->request( array( 'allowed_topic' => array( SnsMessages::TOPIC ) ) ) );
	}

	public function testIntegerRequestKeyIsAValueError(): void {
		$this->expectException( \ValueError::class );
		quillcrm_sns_handle( '{}', $this->request( array() ) + array( 0 => 'x' ) );
	}

	public function testARequestKeyThatIsNotUtf8IsAnUnknownKey(): void {
		$this->expectException( \ValueError::class );
		$this->expectExceptionMessage( 'must contain only the keys' );
		quillcrm_sns_handle( '{}', $this->request( array( "key\xff" => 1 ) ) );
	}

	public function testAHeaderNameThatIsNotUtf8IsNoSnsHeader(): void {
		// $_SERVER holds a header name as the client sent it.
		$r = quillcrm_sns_handle( '{}', $this->request( array( 'key' => 'wrong', 'headers' => array( "HTTP_X_\xc3" => 'v' ) ) ) );

		$this->assertSame( array( 403, 'invalid_key' ), array( $r['status'], $r['error'] ) );
	}

	public function testAListKeyThatIsNotUtf8IsOnlyAKey(): void {
		$r = quillcrm_sns_handle( '{}', $this->request( array( 'allowed_topics' => array( "\xff" => SnsMessages::TOPIC ) ) ) );

		$this->assertSame( array( 400, 'missing_field' ), array( $r['status'], $r['error'] ) );
	}

	public function testNegativeMaxAgeIsAValueError(): void {
		$this->expectException( \ValueError::class );
		$this->expectExceptionMessage( 'key "max_age" must be between 0 and 1213500' );
		quillcrm_sns_handle( '{}', $this->request( array( 'max_age' => -1 ) ) );
	}

	public function testMaxAgeLongerThanAQueuedMessagesIsAValueError(): void {
		// Exactly-once keys are kept max_queued_age + max_future_skew: a
		// longer window would accept a replay whose key is gone.
		$this->assertIsArray( quillcrm_sns_handle( '{}', $this->request( array( 'max_age' => quillcrm_sns_info()['max_queued_age'] ) ) ) );
		$this->expectException( \ValueError::class );
		$this->expectExceptionMessage( 'key "max_age" must be between 0 and 1213500' );
		quillcrm_sns_handle( '{}', $this->request( array( 'max_age' => quillcrm_sns_info()['max_queued_age'] + 1 ) ) );
	}

	public function testErrorsAreThrownBeforeTheKeyIsChecked(): void {
		// A wrong type is a programming error, whatever the key.
		$this->expectException( \TypeError::class );
		quillcrm_sns_handle( '{}', array( 'key' => 'wrong', 'expected_key' => self::KEY, 'confirm' => 'yes' ) );
	}

	public function testCallAfterAnExceptionStillWorks(): void {
		$thrown = array();
		foreach ( array(
			static fn() => quillcrm_sns_handle( array(), array() ),
			static fn() => quillcrm_sns_handle( '{}', array( 'expected_key' => self::KEY, 'headers' => 'x' ) ),
			static fn() => quillcrm_sns_handle( '{}', array( 'expected_key' => self::KEY, 'max_age' => -5 ) ),
			static fn() => quillcrm_sns_handle( '{}', array( 'nope' => 1 ) ),
		) as $call ) {
			try {
				$call();
			} catch ( \TypeError | \ValueError $e ) {
				$thrown[] = get_class( $e );
			}
		}

		$response = $this->handleEnvelope( SnsMessages::notification( SesPayloads::hard_bounce() ) );

		$this->assertSame( array( 'TypeError', 'TypeError', 'ValueError', 'ValueError' ), $thrown );
		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( 'jane.doe@example.com', $response['recipients'][0]['email'] );
	}

	public function testNullableRequestValuesAcceptNull(): void {
		$response = $this->handleEnvelope(
			SnsMessages::notification( SesPayloads::hard_bounce(), array( 'Timestamp' => SnsMessages::timestamp( time() ) ) ),
			array( 'now' => null, 'max_age' => null )
		);

		$this->assertAccepted( 'bounce', $response );
	}
}
