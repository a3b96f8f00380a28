<?php
/**
 * Punycode: the Unicode form of an address whose domain SES reports in
 * its ASCII ("xn--") form. Samples from RFC 3492 section 7.1.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Plugin;

use PHPUnit\Framework\TestCase;
use QuillCRM\Bounce\Punycode;

final class PunycodeTest extends TestCase {

	public function testAnXnLabelOfTheDomainIsDecoded(): void {
		$this->assertSame( 'anna@bücher.example', Punycode::unicode_address( 'anna@xn--bcher-kva.example' ) );
	}

	public function testEveryXnLabelIsDecodedAndTheOthersKept(): void {
		$this->assertSame( 'anna@mail.münchen.bücher.example', Punycode::unicode_address( 'anna@mail.xn--mnchen-3ya.xn--bcher-kva.example' ) );
	}

	public function testTheLocalPartIsNeverDecoded(): void {
		$this->assertNull( Punycode::unicode_address( 'xn--bcher-kva@example.com' ) );
	}

	public function testAnAddressWithoutAnXnLabelHasNoOtherForm(): void {
		$this->assertNull( Punycode::unicode_address( 'anna@example.com' ) );
	}

	public function testAnXnLabelThatIsNotPunycodeGivesNoOtherForm(): void {
		$this->assertNull( Punycode::unicode_address( 'anna@xn--bcher-kv_.example' ) );
		$this->assertNull( Punycode::unicode_address( 'anna@xn--bcher-kv.example' ), 'cut short' );
	}

	public function testALabelThatDecodesToAsciiOnlyIsNotPunycode(): void {
		$this->assertNull( Punycode::decode( 'abc-' ) );
	}

	public function testCodePointsBeyondUnicodeAreRefusedNotWrapped(): void {
		$this->assertNull( Punycode::decode( str_repeat( '9', 40 ) ) );
	}

	public function testTheRfcSamplesDecode(): void {
		$this->assertSame( '3年B組金八先生', Punycode::decode( '3B-ww4c5e180e575a65lsy2b' ) );
		$this->assertSame( '他们为什么不说中文', Punycode::decode( 'ihqwcrb4cv8a8dqg056pqjye' ) );
		$this->assertSame( '安室奈美恵-with-SUPER-MONKEYS', Punycode::decode( '-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n' ) );
	}

	public function testACodePointOutsideTheBasicPlaneDecodes(): void {
		$this->assertSame( "\u{1F600}", Punycode::decode( 'e28h' ) );
	}

	public function testXnInsideALabelIsNoPrefix(): void {
		$this->assertNull( Punycode::unicode_address( 'anna@abcxn--def.example' ) );
	}

	public function testADelimiterWithNothingBeforeItIsNoDelimiter(): void {
		$this->assertNull( Punycode::decode( '-kva' ), 'the "-" is then a digit, and no digit is "-"' );
	}

	public function testAnAddressLongerThanAnyAddressIsNotDecoded(): void {
		$this->assertNull( Punycode::unicode_address( 'anna@xn--bcher-kva.' . str_repeat( 'a', 320 ) . '.example' ) );
	}

	public function testTheRfcSamplesEncode(): void {
		$this->assertSame( '3B-ww4c5e180e575a65lsy2b', Punycode::encode( '3年B組金八先生' ) );
		$this->assertSame( '-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n', Punycode::encode( '安室奈美恵-with-SUPER-MONKEYS' ) );
	}

	public function testAUnicodeLabelOfTheDomainIsEncodedLowerCased(): void {
		$this->assertSame( 'anna@mail.xn--bcher-kva.example', Punycode::ascii_address( "anna@mail.B\u{DC}CHER.example" ) );
	}

	public function testInvalidUtf8IsNotEncoded(): void {
		$this->assertNull( Punycode::ascii_address( "anna@b\xFCcher.example" ) );
		$this->assertNull( Punycode::ascii_address( "anna@b\u{FC}\xFFcher.example" ), 'a valid character beside the bad byte' );
	}

	public function testTheOtherFormGoesEitherWay(): void {
		$this->assertSame( array( "anna@b\u{FC}cher.example", 'anna@xn--bcher-kva.example', null ), array( Punycode::other_form( 'anna@xn--bcher-kva.example' ), Punycode::other_form( "anna@b\u{FC}cher.example" ), Punycode::other_form( 'anna@example.com' ) ) );
	}
}
